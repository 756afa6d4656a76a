package dev.nudge.math;

/** The one-line notation: {@code P₁² + 4P₁ + 4}, or {@code P_1^2 + 4*P_1 + 4} in ASCII. */
final class OneLineNotation extends GlyphNotation {
    OneLineNotation(GlyphSet glyphs) {
        super(glyphs);
    }

    @Override
    public boolean stacksFractions() {
        return false;
    }

    @Override
    public Block fraction(Block top, Block bottom) {
        return top.beside("/").beside(bottom);
    }

    @Override
    public Block power(Block base, int exponent) {
        String scripted = glyphs.superscript(Integer.toString(exponent));
        return base.beside(scripted == null ? "^" + exponent : scripted);
    }

    @Override
    public Block parenthesized(Block inner) {
        return Notation.inLineParentheses(inner);
    }
}
