package dev.nudge.plot;

/**
 * A short piece of each kind of line a chart draws, rendered the way the chart renders it, so that a legend shows
 * exactly what the learner sees in the plot (a solid curve, a dashed tangent) in Braille and in ASCII.
 */
public final class LegendSample {
    /** Cells in a sample: enough to show a dash, its gap and the next dash. */
    private static final int CELLS = 3;

    private LegendSample() {
    }

    /** A flat solid line, three cells long. */
    public static String solid(CellStyle style) {
        var grid = new DotGrid(CELLS, 1);
        grid.line(0, 1, grid.width() - 1, 1);
        return style.render(grid).get(0);
    }

    /** A flat dashed line, three cells long. */
    public static String dashed(CellStyle style) {
        var grid = new DotGrid(CELLS, 1);
        grid.dashedLine(0, 1, grid.width() - 1, 1);
        return style.render(grid).get(0);
    }
}
