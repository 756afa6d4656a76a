package dev.nudge.math;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A rectangle of cells that the UI draws cell by cell: equal-width lines, one character per
 * terminal column, and the baseline row that lines up with its neighbours (where an equation's
 * {@code =} sits). Boxes combine as in SymPy's pretty printer: side by side on a common baseline,
 * stacked over a bar, raised for exponents.
 */
public record Block(List<String> lines, int baseline) {
    public Block {
        lines = List.copyOf(lines);
        if (lines.isEmpty() || baseline < 0 || baseline >= lines.size()) {
            throw new IllegalArgumentException("a block needs lines and a baseline among them");
        }
        int width = lines.get(0).length();
        if (lines.stream().anyMatch(line -> line.length() != width)) {
            throw new IllegalArgumentException("the lines of a block must have equal widths");
        }
    }

    /** One line of text on its own baseline. */
    public static Block text(String text) {
        return new Block(List.of(text), 0);
    }

    public int width() {
        return lines.get(0).length();
    }

    public int height() {
        return lines.size();
    }

    /** The text on the baseline row. */
    public String baselineText() {
        return lines.get(baseline);
    }

    /** This block and {@code right} side by side, baselines aligned. */
    public Block beside(Block right) {
        int above = Math.max(baseline, right.baseline);
        int below = Math.max(height() - baseline, right.height() - right.baseline);
        Canvas canvas = new Canvas(width() + right.width(), above + below);
        canvas.place(this, above - baseline, 0);
        canvas.place(right, above - right.baseline, width());
        return canvas.toBlock(above);
    }

    /** This block followed by {@code text} on the baseline. */
    public Block beside(String text) {
        return beside(text(text));
    }

    /** {@code top} over a bar of {@code bar} over {@code bottom}, centred; the bar is the baseline. */
    public static Block fraction(Block top, Block bottom, char bar) {
        int width = Math.max(top.width(), bottom.width());
        Canvas canvas = new Canvas(width, top.height() + 1 + bottom.height());
        canvas.place(top, 0, (width - top.width()) / 2);
        canvas.fill(top.height(), bar);
        canvas.place(bottom, top.height() + 1, (width - bottom.width()) / 2);
        return canvas.toBlock(top.height());
    }

    /** This block with {@code exponent} raised one row above its top, to its right. */
    public Block raised(Block exponent) {
        Canvas canvas = new Canvas(width() + exponent.width(), exponent.height() + height());
        canvas.place(exponent, 0, width());
        canvas.place(this, exponent.height(), 0);
        return canvas.toBlock(exponent.height() + baseline);
    }

    /** The lines joined by newlines. */
    @Override
    public String toString() {
        return String.join("\n", lines);
    }

    /** A grid of cells filled with spaces, for composing blocks. */
    private static final class Canvas {
        private final char[][] cells;

        Canvas(int width, int height) {
            cells = new char[height][width];
            for (char[] row : cells) {
                Arrays.fill(row, ' ');
            }
        }

        void place(Block block, int row, int column) {
            for (int line = 0; line < block.height(); line++) {
                block.lines.get(line).getChars(0, block.width(), cells[row + line], column);
            }
        }

        void fill(int row, char c) {
            Arrays.fill(cells[row], c);
        }

        Block toBlock(int baseline) {
            List<String> lines = new ArrayList<>();
            for (char[] row : cells) {
                lines.add(new String(row));
            }
            return new Block(lines, baseline);
        }
    }
}
