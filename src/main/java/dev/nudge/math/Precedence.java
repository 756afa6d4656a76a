package dev.nudge.math;

/** How tightly a written form binds, loosest first; a child that binds looser than its place allows gets parentheses. */
enum Precedence {
    EQUATION, SUM, UNARY, PRODUCT, IMPLICIT, POWER, ATOM;

    boolean below(Precedence other) {
        return compareTo(other) < 0;
    }
}
