package dev.nudge.math;

import java.util.Optional;

/** LaTeX, the syntax lessons are written in; the parser reads it back to the same tree. */
final class LatexNotation implements Notation {
    @Override
    public Block name(Var variable) {
        return Block.text(Notation.spelledName(variable));
    }

    @Override
    public boolean stacksFractions() {
        return true;
    }

    @Override
    public Block fraction(Block top, Block bottom) {
        return Block.text("\\frac{").beside(top).beside("}{").beside(bottom).beside("}");
    }

    @Override
    public Block power(Block base, int exponent) {
        String digits = Integer.toString(exponent);
        return base.beside(digits.length() == 1 ? "^" + digits : "^{" + digits + "}");
    }

    @Override
    public Block parenthesized(Block inner) {
        return Notation.inLineParentheses(inner);
    }

    @Override
    public String explicitTimes() {
        return " \\times ";
    }

    @Override
    public String implicitTimes() {
        return "";
    }

    @Override
    public Block differential(boolean partial, Optional<Block> name) {
        if (!partial) {
            return name.map(Block.text("d")::beside).orElse(Block.text("d"));
        }
        return name.map(Block.text("\\partial ")::beside).orElse(Block.text("\\partial"));
    }
}
