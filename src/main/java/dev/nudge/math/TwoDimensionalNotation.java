package dev.nudge.math;

import java.util.ArrayList;
import java.util.List;

/** The 2-D notation: stacked fractions, raised exponents, subscripts as the glyphs allow. */
final class TwoDimensionalNotation extends GlyphNotation {
    TwoDimensionalNotation(GlyphSet glyphs) {
        super(glyphs);
    }

    @Override
    public Block name(Var variable) {
        String subscript = variable.subscript();
        if (subscript.isEmpty()) {
            return Block.text(variable.base());
        }
        if (glyphs.lowersSubscripts()) {
            return Block.text(variable.base()).lowered(Block.text(subscript));
        }
        String scripted = glyphs.subscript(subscript);
        if (scripted != null) {
            return Block.text(variable.base() + scripted);
        }
        return glyphs == GlyphSet.ASCII ? Block.text(Notation.spelledName(variable))
                : Block.text(variable.base()).lowered(Block.text(subscript));
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
        boolean onlySubscriptsBelow = inner.baseline() == 0 && inner.height() <= 2;
        if (onlySubscriptsBelow) {
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
