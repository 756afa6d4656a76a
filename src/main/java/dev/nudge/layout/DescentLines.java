package dev.nudge.layout;

import dev.nudge.lesson.DescentColumn;
import dev.nudge.lesson.DescentRun;
import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.ProseBlock;
import dev.nudge.math.Derivative;
import dev.nudge.math.Rational;
import dev.nudge.math.Renderer;
import dev.nudge.math.Var;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A descent table of the prose as lines for a width: a header and one right-aligned row per listed step (the step,
 * the parameters, their slopes, the loss, the next move), then a note on the rounding and, when the loss ran away, at
 * which step; or, for output read line by line and for a window too narrow for the columns, one sentence a row.
 */
public final class DescentLines {
    /** Decimal places shown: enough to see the steps shrink, few enough for seven columns in 80. */
    static final int SHOWN_DECIMALS = 4;
    /** From this size on a number is shown in powers of ten, so a descent that blows up keeps its columns narrow. */
    private static final BigDecimal LARGE = BigDecimal.valueOf(1_000_000);
    private static final int INDENT = 2;
    private static final int GAP = 2;

    private DescentLines() {
    }

    /** The table of {@code block} in {@code width} columns; throws {@code MathException} when it does not compute. */
    public static List<Line> of(LessonMath math, ProseBlock.Descent block, Writing writing, int width, boolean flat) {
        var run = DescentRun.remembered(math, block);
        var heads = heads(block, run, writing);
        var cells = new ArrayList<List<String>>();
        for (var row : run.rows()) {
            cells.add(cells(block, row));
        }
        var widths = new int[heads.size()];
        int total = INDENT + (widths.length - 1) * GAP;
        for (int column = 0; column < widths.length; column++) {
            widths[column] = Width.columns(heads.get(column));
            for (var row : cells) {
                widths[column] = Math.max(widths[column], Width.columns(row.get(column)));
            }
            total += widths[column];
        }
        var lines = new ArrayList<Line>();
        if (flat || total > width) {
            lines.addAll(wrapped(writing.text("descent.plain", new MathText(writing.glyphs()).value(run.rate())), width));
            for (var row : cells) {
                var parts = new ArrayList<String>();
                for (int column = 1; column < row.size(); column++) {
                    parts.add(heads.get(column) + " = " + row.get(column) + (column < row.size() - 1 ? "," : ""));
                }
                lines.addAll(sentence(heads.get(0) + " " + row.get(0) + ":", parts, width));
            }
        } else {
            lines.add(aligned(heads, widths, Tone.STRONG));
            cells.forEach(row -> lines.add(aligned(row, widths, Tone.NUMBER)));
        }
        lines.add(Line.EMPTY);
        lines.addAll(wrapped(writing.text("descent.rounded", SHOWN_DECIMALS, DescentRun.DECIMALS), width));
        run.blownUpAt().ifPresent(step -> lines.addAll(wrapped(writing.text("descent.blownUp", String.valueOf(step),
                String.format(java.util.Locale.ROOT, "%.0e", DescentRun.LIMIT.toDouble())), width)));
        return lines;
    }

    /** The column heads: the step, then the names of what each chosen column shows. */
    private static List<String> heads(ProseBlock.Descent block, DescentRun run, Writing writing) {
        var text = new MathText(writing.glyphs());
        var loss = lossName(block);
        var heads = new ArrayList<String>();
        heads.add(writing.text("descent.step"));
        for (var column : block.columns()) {
            switch (column) {
                case PARAMS -> run.parameters().forEach(name -> heads.add(text.name(name)));
                case SLOPES -> run.parameters().forEach(name -> heads.add(Renderer.oneLine(new Derivative(new Var(loss),
                        new Var(name), run.parameters().size() > 1), writing.glyphs().math)));
                case LOSS -> heads.add(text.withNames(loss));
                case MOVE -> heads.add(writing.text("descent.move"));
            }
        }
        return heads;
    }

    private static List<String> cells(ProseBlock.Descent block, DescentRun.Row row) {
        var cells = new ArrayList<String>();
        cells.add(String.valueOf(row.step()));
        for (var column : block.columns()) {
            switch (column) {
                case PARAMS -> row.values().forEach(value -> cells.add(value(value)));
                case SLOPES -> row.slopes().forEach(value -> cells.add(value(value)));
                case LOSS -> cells.add(value(row.loss()));
                case MOVE -> cells.add(value(row.move()));
            }
        }
        return cells;
    }

    /** The loss's name for the heads: the name the block descends, or {@code MSE}, the loss it defaults to. */
    private static String lossName(ProseBlock.Descent block) {
        return block.loss().map(loss -> loss.text()).filter(name -> name.matches("[A-Za-z]+")).orElse(
                block.loss().isPresent() ? "Loss" : "MSE");
    }

    /** A number to {@link #SHOWN_DECIMALS} places, so the digits line up down a column. */
    static String value(Rational value) {
        var decimal = new BigDecimal(value.numerator()).divide(new BigDecimal(value.denominator()),
                MathContext.DECIMAL64);
        if (decimal.abs().compareTo(LARGE) >= 0) {
            return String.format(java.util.Locale.ROOT, "%.3e", decimal);
        }
        var shown = decimal.setScale(SHOWN_DECIMALS, RoundingMode.HALF_EVEN);
        if (shown.signum() == 0 && decimal.signum() != 0) {
            // A loss of 0.00004 is not 0: a descent that has nearly arrived must not read as one that has.
            return String.format(java.util.Locale.ROOT, "%.1e", decimal);
        }
        return (shown.signum() == 0 ? shown.abs() : shown).toPlainString();
    }

    private static Line aligned(List<String> cells, int[] widths, Tone tone) {
        var text = new StringBuilder();
        for (int column = 0; column < cells.size(); column++) {
            var cell = cells.get(column);
            text.append(" ".repeat(widths[column] - Width.columns(cell) + (column == 0 ? 0 : GAP))).append(cell);
        }
        return Line.of(text.toString(), tone).indented(INDENT);
    }

    /**
     * A row said as a sentence, wrapped between its parts and never inside one, so each name stays with its value;
     * a part wider than the window is wrapped on its own.
     */
    private static List<Line> sentence(String opening, List<String> parts, int width) {
        var lines = new ArrayList<Line>();
        var line = new StringBuilder(opening);
        for (var part : parts) {
            if (Width.columns(line.toString()) + 1 + Width.columns(part) <= width) {
                line.append(' ').append(part);
                continue;
            }
            lines.addAll(wrapped(line.toString(), width));
            line = new StringBuilder(part);
        }
        lines.addAll(wrapped(line.toString(), width));
        return lines;
    }

    private static List<Line> wrapped(String text, int width) {
        return StyledWrap.wrap(List.of(new Segment(text, Tone.MUTED)), width);
    }
}
