package dev.nudge.tui.view;

import dev.nudge.layout.Width;
import dev.nudge.plot.CellStyle;
import dev.nudge.plot.LegendSample;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-line legends under the lab's plot titles: each kind of mark drawn as the plot draws it, then what it
 * stands for ("⣿ now  ⠒⠒⠒ loss  ⠒ ⠒ tangent"), closer together on a narrow plot; entries that still do not fit
 * are left out from the end.
 */
final class LabLegend {
    /** Between entries: two spaces where they fit, else one. */
    private static final List<String> BETWEEN = List.of("  ", " ");

    private LabLegend() {
    }

    /** The loss plot's legend: the current point, the curve, its tangent. */
    static String curve(Drawing d, int width) {
        var style = LabPlots.style(d);
        return fitted(width, List.of(style.marker() + " " + d.text("lab.legend.now"),
                LegendSample.solid(style) + " " + d.text("lab.legend.loss"),
                LegendSample.dashed(style) + " " + d.text("lab.legend.tangent")));
    }

    /** The model plot's legend: the data points and the model's line, and a network's hidden pieces. */
    static String fit(Drawing d, int width, boolean pieces) {
        CellStyle style = LabPlots.style(d);
        var entries = new ArrayList<>(List.of(style.marker() + " " + d.text("lab.legend.data"),
                LegendSample.solid(style) + " " + d.text("lab.legend.model")));
        if (pieces) {
            entries.add(LegendSample.dashed(style) + " " + d.text("lab.legend.pieces"));
        }
        return fitted(width, entries);
    }

    /** The history plot's legend: the latest loss. */
    static String history(Drawing d, int width) {
        return fitted(width, List.of(LabPlots.style(d).marker() + " " + d.text("lab.legend.latest")));
    }

    private static String fitted(int width, List<String> entries) {
        for (var between : BETWEEN) {
            var all = String.join(between, entries);
            if (Width.columns(all) <= width) {
                return all;
            }
        }
        var kept = new ArrayList<String>();
        for (var entry : entries) {
            kept.add(entry);
            if (Width.columns(String.join(BETWEEN.get(1), kept)) > width) {
                kept.remove(kept.size() - 1);
                break;
            }
        }
        return String.join(BETWEEN.get(1), kept);
    }
}
