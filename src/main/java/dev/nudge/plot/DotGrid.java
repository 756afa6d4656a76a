package dev.nudge.plot;

/**
 * A grid of dots, two across and four down per terminal cell, that lines are drawn on. It exists apart from any
 * character set so the same drawing can be shown in Braille or in ASCII, and tested as plain data. Dots outside the
 * grid are dropped, so callers may draw past the edges.
 */
public final class DotGrid {
    /** Dots across one cell. */
    public static final int CELL_WIDTH = 2;
    /** Dots down one cell. */
    public static final int CELL_HEIGHT = 4;
    /** Dots in one dash and the gap after it: one cell's width each, so each reads as a character. */
    private static final int DASH = 2 * CELL_WIDTH;

    private final int columns;
    private final int rows;
    private final boolean[] dots;

    /** An empty grid of {@code columns} by {@code rows} cells. */
    public DotGrid(int columns, int rows) {
        if (columns < 1 || rows < 1) {
            throw new IllegalArgumentException("a dot grid needs at least one cell");
        }
        this.columns = columns;
        this.rows = rows;
        this.dots = new boolean[columns * CELL_WIDTH * rows * CELL_HEIGHT];
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public int width() {
        return columns * CELL_WIDTH;
    }

    public int height() {
        return rows * CELL_HEIGHT;
    }

    /** Sets the dot at {@code x} from the left and {@code y} from the top; a dot off the grid is ignored. */
    public void set(int x, int y) {
        if (x >= 0 && y >= 0 && x < width() && y < height()) {
            dots[y * width() + x] = true;
        }
    }

    public boolean isSet(int x, int y) {
        return x >= 0 && y >= 0 && x < width() && y < height() && dots[y * width() + x];
    }

    /**
     * Draws a straight line of dots (Bresenham's algorithm, all octants). Dots off the grid are dropped; callers clip
     * far-away ends first ({@link Chart} does), since every dot of the line is visited.
     */
    public void line(int x0, int y0, int x1, int y1) {
        line(x0, y0, x1, y1, false);
    }

    /**
     * The same line with every other pair of dots left out, so that it reads apart from a solid line crossing it
     * (a tangent against its curve) in Braille and in ASCII alike.
     */
    public void dashedLine(int x0, int y0, int x1, int y1) {
        line(x0, y0, x1, y1, true);
    }

    private void line(int x0, int y0, int x1, int y1, boolean dashed) {
        int dx = Math.abs(x1 - x0);
        int dy = -Math.abs(y1 - y0);
        int stepX = x0 < x1 ? 1 : -1;
        int stepY = y0 < y1 ? 1 : -1;
        int error = dx + dy;
        int x = x0;
        int y = y0;
        for (int dot = 0; ; dot++) {
            if (!dashed || dot % DASH < DASH / 2) {
                set(x, y);
            }
            if (x == x1 && y == y1) {
                return;
            }
            int doubled = 2 * error;
            if (doubled >= dy) {
                error += dy;
                x += stepX;
            }
            if (doubled <= dx) {
                error += dx;
                y += stepY;
            }
        }
    }

    /** The dots of one cell as a bit set, bit {@code row * 2 + column} for the dot at that place in the cell. */
    public int cellDots(int column, int row) {
        int bits = 0;
        for (int dotRow = 0; dotRow < CELL_HEIGHT; dotRow++) {
            for (int dotColumn = 0; dotColumn < CELL_WIDTH; dotColumn++) {
                if (isSet(column * CELL_WIDTH + dotColumn, row * CELL_HEIGHT + dotRow)) {
                    bits |= 1 << (dotRow * CELL_WIDTH + dotColumn);
                }
            }
        }
        return bits;
    }
}
