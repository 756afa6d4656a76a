package dev.nudge.step.nudges;

import dev.nudge.layout.Glyphs;
import dev.nudge.layout.Line;
import dev.nudge.layout.MathText;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Segment;
import dev.nudge.layout.StyledWrap;
import dev.nudge.layout.Tone;
import dev.nudge.layout.Width;
import dev.nudge.layout.Writing;
import java.util.ArrayList;
import java.util.List;

/**
 * The table of nudges as lines: aligned columns (nudge, loss after, change, change divided by the nudge) when they
 * fit the width, else one sentence a row, which is also how output read line by line shows it; then what the ratios
 * close in on.
 */
final class NudgesLayout {
    /** The table starts at the prose's margin, so that rows of six-digit nudges fit 60 columns. */
    private static final int INDENT = 0;
    private static final int GAP = 2;

    private NudgesLayout() {
    }

    static List<Line> lines(Writing d, ProseLayout prose, NudgesTable table) {
        var text = new MathText(d.glyphs());
        var cells = new ArrayList<List<String>>();
        for (var row : table.rows()) {
            cells.add(List.of(text.value(row.nudge()), text.value(row.lossAfter()), text.value(row.change()),
                    text.value(row.ratio())));
        }
        var heads = List.of(d.text("nudges.nudge"), d.text("nudges.lossAfter"), d.text("nudges.change"),
                d.text("nudges.ratio", divided(d)));
        var widths = new int[heads.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = Width.columns(heads.get(column));
            for (var row : cells) {
                widths[column] = Math.max(widths[column], Width.columns(row.get(column)));
            }
        }
        int total = INDENT + (widths.length - 1) * GAP;
        for (int width : widths) {
            total += width;
        }
        var lines = new ArrayList<Line>();
        if (prose.flat() || total > prose.width()) {
            for (int i = 0; i < cells.size(); i++) {
                var row = cells.get(i);
                var said = d.text("nudges.row", row.get(0), row.get(1), row.get(2), row.get(3));
                var tone = table.rows().get(i).own() ? Tone.GOOD : Tone.TEXT;
                lines.addAll(prose.labelled(d.glyphs().bullet, Tone.MUTED, List.of(new Segment(said, tone))));
            }
        } else {
            lines.add(row(heads, widths, Tone.STRONG));
            for (int i = 0; i < cells.size(); i++) {
                var own = table.rows().get(i).own();
                var line = row(cells.get(i), widths, own ? Tone.GOOD : Tone.NUMBER);
                var mark = "  " + d.glyphs().assign + " " + d.text("nudges.yours");
                lines.add(own && line.width() + Width.columns(mark) <= prose.width() ? line.plus(mark, Tone.GOOD)
                        : line);
            }
        }
        lines.add(Line.EMPTY);
        var closing = d.text("nudges.closesIn", text.value(table.slope()), text.slopeName(table.lossName(), table.parameter()),
                text.name(table.parameter()), text.value(table.at()), divided(d));
        lines.addAll(StyledWrap.wrap(List.of(new Segment(closing, Tone.TEXT)), prose.width()));
        return lines;
    }

    /** The division sign: {@code ÷} is of ambiguous width, so only full Unicode draws it. */
    private static String divided(Writing d) {
        return d.glyphs() == Glyphs.UNICODE ? "÷" : "/";
    }

    private static Line row(List<String> cells, int[] widths, Tone tone) {
        var text = new StringBuilder(" ".repeat(INDENT));
        for (int column = 0; column < cells.size(); column++) {
            var cell = cells.get(column);
            text.append(cell);
            if (column < cells.size() - 1) {
                text.append(" ".repeat(widths[column] - Width.columns(cell) + GAP));
            }
        }
        return Line.of(text.toString(), tone);
    }
}
