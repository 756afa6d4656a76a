package dev.nudge.plot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * A plot of lines and marked points in data coordinates, drawn as text with plain-text axis labels: the highest and
 * lowest value on the left, the ends and middle of the horizontal range below. It clips everything to its ranges,
 * so callers can draw a tangent or a curve that leaves the plot.
 */
public final class Chart {
    private static final int LABEL_GAP = 1;
    /** Segments in a dash of a dashed polyline, and in the gap after it. */
    private static final int DASH_SEGMENTS = 3;

    private final DotGrid grid;
    private final Scale x;
    private final Scale y;
    private final CellStyle style;
    private final Map<Integer, Character> marks = new HashMap<>();

    /** An empty plot area of {@code columns} by {@code rows} cells showing {@code x} across and {@code y} up. */
    public Chart(int columns, int rows, Scale x, Scale y, CellStyle style) {
        this.grid = new DotGrid(columns, rows);
        this.x = x;
        this.y = y;
        this.style = style;
    }

    /** The line from one data point to another, clipped to the plot's ranges. */
    public void segment(double x0, double y0, double x1, double y1) {
        segment(x0, y0, x1, y1, false);
    }

    /** The same line dashed, to tell it from a solid line such as the curve it touches. */
    public void dashedSegment(double x0, double y0, double x1, double y1) {
        segment(x0, y0, x1, y1, true);
    }

    private void segment(double x0, double y0, double x1, double y1, boolean dashed) {
        var clipped = Clip.toBox(x0, y0, x1, y1, x, y);
        if (clipped == null) {
            return;
        }
        if (dashed) {
            grid.dashedLine(dotX(clipped[0]), dotY(clipped[1]), dotX(clipped[2]), dotY(clipped[3]));
        } else {
            grid.line(dotX(clipped[0]), dotY(clipped[1]), dotX(clipped[2]), dotY(clipped[3]));
        }
    }

    /** The lines through consecutive points; non-finite values break the line. */
    public void polyline(double[] xs, double[] ys) {
        for (int i = 1; i < xs.length; i++) {
            if (Double.isFinite(ys[i - 1]) && Double.isFinite(ys[i])) {
                segment(xs[i - 1], ys[i - 1], xs[i], ys[i]);
            }
        }
    }

    /**
     * The same lines dashed: a few consecutive segments drawn, as many left out, so that a second curve (a network's
     * hidden pieces) reads apart from the solid one it crosses.
     */
    public void dashedPolyline(double[] xs, double[] ys) {
        for (int i = 1; i < xs.length; i++) {
            if ((i / DASH_SEGMENTS) % 2 == 0 && Double.isFinite(ys[i - 1]) && Double.isFinite(ys[i])) {
                segment(xs[i - 1], ys[i - 1], xs[i], ys[i]);
            }
        }
    }

    /** Marks the cell holding a data point with the style's marker, when the point is in range. */
    public void mark(double valueX, double valueY) {
        if (x.contains(valueX) && y.contains(valueY)) {
            int column = dotX(valueX) / DotGrid.CELL_WIDTH;
            int row = dotY(valueY) / DotGrid.CELL_HEIGHT;
            marks.put(row * grid.columns() + column, style.marker());
        }
    }

    /** The plot with its labels; {@code shownY} turns a vertical value into the number its label shows. */
    public List<String> lines(DoubleUnaryOperator shownY) {
        var cells = style.render(grid);
        var top = NumberLabel.of(shownY.applyAsDouble(y.max()));
        var bottom = NumberLabel.of(shownY.applyAsDouble(y.min()));
        int labelWidth = Math.max(top.length(), bottom.length());
        var lines = new ArrayList<String>();
        for (int row = 0; row < grid.rows(); row++) {
            var label = row == 0 ? top : row == grid.rows() - 1 ? bottom : "";
            lines.add(pad(label, labelWidth) + " ".repeat(LABEL_GAP) + withMarks(cells.get(row), row));
        }
        lines.add(" ".repeat(labelWidth + LABEL_GAP) + xLabels());
        return lines;
    }

    public List<String> lines() {
        return lines(value -> value);
    }

    private String withMarks(String cells, int row) {
        var text = new StringBuilder(cells);
        marks.forEach((cell, marker) -> {
            if (cell / grid.columns() == row) {
                text.setCharAt(cell % grid.columns(), marker);
            }
        });
        return text.toString();
    }

    private String xLabels() {
        var left = NumberLabel.of(x.min());
        var middle = NumberLabel.of(x.at(0.5));
        var right = NumberLabel.of(x.max());
        var row = new StringBuilder(" ".repeat(grid.columns()));
        place(row, 0, left);
        place(row, grid.columns() - right.length(), right);
        int center = grid.columns() / 2 - middle.length() / 2;
        if (center > left.length() + 1 && center + middle.length() < grid.columns() - right.length() - 1) {
            place(row, center, middle);
        }
        return row.toString().stripTrailing();
    }

    private static void place(StringBuilder row, int at, String text) {
        int start = Math.max(0, at);
        row.replace(start, Math.min(row.length(), start + text.length()), text);
    }

    private static String pad(String label, int width) {
        return " ".repeat(width - label.length()) + label;
    }

    private int dotX(double value) {
        return (int) Math.round(x.fraction(value) * (grid.width() - 1));
    }

    private int dotY(double value) {
        return (int) Math.round((1 - y.fraction(value)) * (grid.height() - 1));
    }
}
