package dev.nudge.plot;

/**
 * The ASCII character nearest in shape to a cell's dots: a rising or falling stroke, a flat one at its height, a
 * vertical one, or a dot. Plots stay readable on terminals that cannot show Braille.
 */
final class AsciiShape {
    private AsciiShape() {
    }

    static char of(int dots) {
        double left = meanRow(dots, 0);
        double right = meanRow(dots, 1);
        if (Double.isNaN(left) || Double.isNaN(right)) {
            return oneColumn(dots, Double.isNaN(left) ? right : left);
        }
        if (left - right >= 1) {
            return '/';
        }
        if (right - left >= 1) {
            return '\\';
        }
        return flat((left + right) / 2);
    }

    private static char oneColumn(int dots, double row) {
        if (Integer.bitCount(dots) >= 3) {
            return '|';
        }
        return row >= 2.5 ? '.' : row < 1 ? '\'' : '-';
    }

    private static char flat(double row) {
        return row >= 2.5 ? '_' : row < 0.5 ? '\'' : '-';
    }

    /** The mean row (0 top to 3 bottom) of the dots in one column of the cell, or NaN when it has none. */
    private static double meanRow(int dots, int column) {
        int count = 0;
        int sum = 0;
        for (int row = 0; row < DotGrid.CELL_HEIGHT; row++) {
            if ((dots & (1 << (row * DotGrid.CELL_WIDTH + column))) != 0) {
                count++;
                sum += row;
            }
        }
        return count == 0 ? Double.NaN : (double) sum / count;
    }
}
