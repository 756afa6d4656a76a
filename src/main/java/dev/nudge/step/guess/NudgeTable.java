package dev.nudge.step.guess;

import dev.nudge.layout.Line;
import dev.nudge.layout.MathText;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Segment;
import dev.nudge.layout.Tone;
import dev.nudge.layout.Width;
import dev.nudge.layout.Writing;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The nudge check of a guess over many parameters as one table, a row per parameter: the value it was raised to, the
 * loss there, the change, the change over the nudge and (when the reveal shows derivatives) the slope it comes close
 * to. Seven parameters told in sentences take two lines each and push the numbers apart; in columns the learner reads
 * each ratio beside its slope.
 */
record NudgeTable(Writing d, ProseLayout prose, MathText text) {
    /** More parameters than this are checked in a table; one or two read better as sentences. */
    static final int SENTENCES_UP_TO = 2;
    private static final String GAP = "   ";

    /**
     * The table's lines for {@code parameters}, or empty when they read better as sentences: a few parameters, a
     * reader that takes the screen line by line, or a table wider than the screen.
     */
    Optional<List<Line>> lines(List<GuessReveal.ParameterReveal> parameters, boolean slopesShown) {
        if (parameters.size() <= SENTENCES_UP_TO || prose.flat()) {
            return Optional.empty();
        }
        var rows = new ArrayList<List<String>>();
        var header = new ArrayList<>(List.of("", d.text("reveal.nudgeTable.value"), d.text("reveal.nudgeTable.loss"),
                d.text("reveal.nudgeTable.change"), d.text("reveal.nudgeTable.ratio")));
        if (slopesShown) {
            header.add(d.text("reveal.nudgeTable.slope"));
        }
        rows.add(header);
        for (var p : parameters) {
            var nudge = p.nudge();
            var row = new ArrayList<>(List.of(text.name(p.name()), text.value(nudge.from().add(nudge.step())),
                    text.value(nudge.after()), text.value(nudge.change()), text.value(nudge.ratio())));
            if (slopesShown) {
                row.add(text.value(p.slope()));
            }
            rows.add(row);
        }
        var widths = widths(rows);
        int total = widths.stream().mapToInt(Integer::intValue).sum() + GAP.length() * (widths.size() - 1);
        if (total > prose.width()) {
            return Optional.empty();
        }
        var lines = new ArrayList<Line>();
        lines.addAll(said("reveal.nudgeTable", text.value(parameters.get(0).nudge().step())));
        for (int r = 0; r < rows.size(); r++) {
            lines.add(row(rows.get(r), widths, r == 0));
        }
        if (slopesShown) {
            lines.addAll(said("reveal.nudgeTable.close"));
        }
        return Optional.of(lines);
    }

    private static List<Integer> widths(List<List<String>> rows) {
        var widths = new ArrayList<Integer>();
        for (int c = 0; c < rows.get(0).size(); c++) {
            int column = c;
            widths.add(rows.stream().mapToInt(row -> Width.columns(row.get(column))).max().orElse(0));
        }
        return widths;
    }

    /** A row with the name on the left and each number on the right of its column, so the digits line up. */
    private static Line row(List<String> cells, List<Integer> widths, boolean header) {
        var line = Line.of(pad(cells.get(0), widths.get(0), false), header ? Tone.MUTED : Tone.MATH);
        for (int c = 1; c < cells.size(); c++) {
            line = line.plus(GAP + pad(cells.get(c), widths.get(c), true), header ? Tone.MUTED : Tone.NUMBER);
        }
        return line;
    }

    private static String pad(String cell, int width, boolean right) {
        var space = " ".repeat(width - Width.columns(cell));
        return right ? space + cell : cell + space;
    }

    private List<Line> said(String key, Object... arguments) {
        return prose.labelled("", Tone.TEXT, List.of(new Segment(d.text(key, arguments), Tone.TEXT)));
    }
}
