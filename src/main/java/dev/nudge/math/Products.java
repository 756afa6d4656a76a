package dev.nudge.math;

/**
 * Writes a product of several factors from left to right, {@code a ⋅ b ⋅ c} rather than {@code a ⋅ (b ⋅ c)}: the
 * chain rule multiplies in one slope at a time, and the bracket that would leave around the factors so far says
 * nothing (a product is the same whichever pair is multiplied first).
 */
final class Products {
    private Products() {
    }

    static Expr leftToRight(Expr expr) {
        Work.spend(1);
        Expr mapped = expr.mapChildren(Products::leftToRight);
        if (mapped instanceof Mul outer && outer.right() instanceof Mul inner && inner.explicit()) {
            return leftToRight(new Mul(new Mul(outer.left(), inner.left(), outer.explicit()), inner.right(), true));
        }
        return mapped;
    }
}
