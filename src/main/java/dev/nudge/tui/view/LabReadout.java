package dev.nudge.tui.view;

import dev.nudge.lab.LabModel;
import dev.nudge.lab.LossKind;
import dev.nudge.layout.Line;
import dev.nudge.layout.MathText;
import dev.nudge.layout.Tone;
import dev.nudge.math.Rational;
import java.util.ArrayList;
import java.util.List;

/**
 * The lab's numbers, recomputed at every key: each data point with the model's prediction and error, and each
 * parameter with its value, its partial derivative and the way that derivative says to move it.
 */
public final class LabReadout {
    private static final int GAP = 2;

    private LabReadout() {
    }

    /** The data table: a heading, then one row per point, at most {@code rows} lines. */
    public static List<Line> points(Drawing d, LabModel model, int rows) {
        var table = new ArrayList<List<String>>();
        table.add(List.of("x", "y", d.text("lab.column.prediction"), d.text("lab.column.error")));
        for (var point : model.setup().points()) {
            table.add(List.of(show(d, point.x()), show(d, point.y()), show(d, model.prediction(point)),
                    show(d, model.error(point))));
        }
        var widths = new int[4];
        table.forEach(row -> {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], Canvas.width(row.get(i)));
            }
        });
        var lines = new ArrayList<Line>();
        for (int r = 0; r < Math.min(rows, table.size()); r++) {
            var line = new Line(List.of());
            for (int i = 0; i < widths.length; i++) {
                var cell = table.get(r).get(i);
                var padded = cell + " ".repeat(widths[i] - Canvas.width(cell) + GAP);
                line = line.plus(padded, r == 0 ? Tone.MUTED : i == 3 ? Tone.NUMBER : Tone.MATH);
            }
            lines.add(line);
        }
        return lines;
    }

    /** One line per parameter, then the loss, rate and step, then the descent's progress. */
    public static List<Line> parameters(Drawing d, LabModel model) {
        return parameters(d, model, model.parameters().size());
    }

    /**
     * As {@link #parameters(Drawing, LabModel)}, with at most {@code most} parameter lines: on a screen too short for
     * a network's seven, the ones around the selected parameter (Tab moves on), and the progress line says which.
     */
    public static List<Line> parameters(Drawing d, LabModel model, int most) {
        int count = model.parameters().size();
        int shown = Math.max(1, Math.min(most, count));
        int first = Math.min((model.selected() / shown) * shown, count - shown);
        var lines = new ArrayList<Line>();
        for (int i = first; i < first + shown; i++) {
            lines.add(parameterLine(d, model, i));
        }
        var lossName = model.kind() == LossKind.MSE ? "MSE" : "Loss";
        lines.add(Line.of(lossName + " = ", Tone.MUTED).plus(show(d, model.loss()), Tone.NUMBER)
                .plus("   " + d.text("lab.rateShort") + " ", Tone.MUTED).plus(show(d, model.rate()), Tone.NUMBER)
                .plus("   " + d.text("lab.stepShort") + " ", Tone.MUTED).plus(model.step().toString(), Tone.NUMBER));
        var progress = Line.of(d.text("lab.steps", model.steps()) + d.glyphs().separator, Tone.MUTED)
                .plus(d.text(model.running() ? "lab.running" : "lab.paused"),
                        model.running() ? Tone.GOOD : Tone.MUTED);
        if (shown < count) {
            progress = progress.plus(d.glyphs().separator + d.text("lab.parametersShown", first + 1,
                    first + shown, count), Tone.MUTED);
        }
        lines.add(progress);
        return lines;
    }

    private static Line parameterLine(Drawing d, LabModel model, int i) {
        var names = new MathText(d.glyphs());
        var lossName = model.kind() == LossKind.MSE ? "MSE" : "Loss";
        var name = model.parameters().get(i);
        boolean selected = i == model.selected();
        var slope = model.slope(name);
        return Line.of(selected ? "> " : "  ", Tone.KEY)
                .plus(names.name(name) + " = " + show(d, model.values().get(name)),
                        selected ? Tone.SELECTED : Tone.MATH)
                .plus("  " + names.slopeName(lossName, name) + " = ", Tone.MUTED)
                .plus(show(d, slope), Tone.NUMBER)
                .plus("  " + direction(d, slope), slope.signum() == 0 ? Tone.MUTED : Tone.STRONG);
    }

    private static String direction(Drawing d, Rational slope) {
        var g = d.glyphs();
        if (slope.signum() == 0) {
            return d.text("lab.move.stay");
        }
        return slope.signum() < 0 ? g.moreAbove + " " + d.text("lab.move.raise")
                : g.moreBelow + " " + d.text("lab.move.lower");
    }

    private static String show(Drawing d, Rational value) {
        return LabNumber.of(value, d.glyphs());
    }
}
