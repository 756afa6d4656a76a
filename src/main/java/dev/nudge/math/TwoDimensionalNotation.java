package dev.nudge.math;

import java.util.ArrayList;
import java.util.List;

/** The 2-D notation: stacked fractions, raised exponents, subscripts in line as the glyphs allow. */
final class TwoDimensionalNotation extends GlyphNotation {
    TwoDimensionalNotation(GlyphSet glyphs) {
        super(glyphs);
    }

    @Override
    public boolean stacksFractions() {
        return true;
    }

    @Override
    public Block fraction(Block top, Block bottom) {
        return Block.fraction(top, bottom, glyphs.bar());
    }

    @Override
    public Block power(Block base, int exponent) {
        return base.raised(Block.text(Integer.toString(exponent)));
    }

    @Override
    public Block parenthesized(Block inner) {
        if (inner.height() == 1) {
            return Notation.inLineParentheses(inner);
        }
        return side(inner, 0).beside(inner).beside(side(inner, 3));
    }

    private Block side(Block inner, int first) {
        List<String> lines = new ArrayList<>();
        for (int row = 0; row < inner.height(); row++) {
            int piece = row == 0 ? first : row == inner.height() - 1 ? first + 2 : first + 1;
            lines.add(String.valueOf(glyphs.tallParenthesis(piece)));
        }
        return new Block(lines, inner.baseline());
    }
}
