package dev.nudge.math;

import java.util.Optional;

/**
 * How the pieces of an expression look in one way of writing it (2-D, one line, LaTeX); the
 * {@link Layout} decides where parentheses go and asks the notation for the pieces.
 */
interface Notation {
    Block name(Var variable);

    /** Whether a quotient is stacked (and so needs no parentheses) rather than written with a slash. */
    boolean stacksFractions();

    Block fraction(Block top, Block bottom);

    Block power(Block base, int exponent);

    Block parenthesized(Block inner);

    /** The sign of a product written with a sign, with its spaces. */
    String explicitTimes();

    /** The sign of a product written side by side: empty, or a sign for notations that spell it. */
    String implicitTimes();

    /** {@code d}, {@code dLoss}, {@code ∂MSE}: one side of a derivative's fraction. */
    Block differential(boolean partial, Optional<Block> name);

    /** {@code P_1} or {@code P_{10}}: the keyboard and LaTeX spelling of a name. */
    static String spelledName(Var variable) {
        String subscript = variable.subscript();
        if (subscript.isEmpty()) {
            return variable.base();
        }
        return variable.base() + (subscript.length() == 1 ? "_" + subscript : "_{" + subscript + "}");
    }

    /** {@code (inner)} with the parentheses on the baseline row. */
    static Block inLineParentheses(Block inner) {
        return Block.text("(").beside(inner).beside(")");
    }
}
