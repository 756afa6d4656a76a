package dev.nudge.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * How a cell's 2x4 dots become one character: a Braille pattern (U+2800-28FF, single-width and East-Asian-neutral,
 * so it suits Japanese terminals too) or, for terminals without Unicode, the ASCII character closest in shape.
 */
public enum CellStyle {
    BRAILLE('⣿') {
        @Override
        char cell(int dots) {
            int braille = 0;
            for (int dot = 0; dot < BRAILLE_BITS.length; dot++) {
                if ((dots & (1 << dot)) != 0) {
                    braille |= BRAILLE_BITS[dot];
                }
            }
            return (char) (0x2800 + braille);
        }
    },
    ASCII('o') {
        @Override
        char cell(int dots) {
            return AsciiShape.of(dots);
        }
    };

    /**
     * The Unicode standard's bit for each dot, indexed as {@link DotGrid#cellDots} numbers them (row by row, left
     * dot first): dots 1, 4 / 2, 5 / 3, 6 / 7, 8.
     */
    private static final int[] BRAILLE_BITS = {0x01, 0x08, 0x02, 0x10, 0x04, 0x20, 0x40, 0x80};

    private final char marker;

    CellStyle(char marker) {
        this.marker = marker;
    }

    /** The character that marks a single point of interest, such as the current parameter value. */
    public char marker() {
        return marker;
    }

    /** The character for a cell whose dots are {@code dots} (as {@link DotGrid#cellDots} gives them). */
    abstract char cell(int dots);

    /** The grid as text, one string per cell row; an empty cell is a space. */
    public List<String> render(DotGrid grid) {
        var lines = new ArrayList<String>();
        for (int row = 0; row < grid.rows(); row++) {
            var line = new StringBuilder();
            for (int column = 0; column < grid.columns(); column++) {
                int dots = grid.cellDots(column, row);
                line.append(dots == 0 ? ' ' : cell(dots));
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
