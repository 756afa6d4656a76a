package dev.nudge.math;

/**
 * Draws expressions for the terminal and for lesson files: in 2-D as a {@link Block} of cells
 * (fractions stacked, exponents raised), on one line, or as LaTeX that parses back to the same
 * tree.
 */
public final class Renderer {
    private Renderer() {
    }

    /** The 2-D layout, as SymPy's pretty printer draws it. */
    public static Block twoDimensional(Expr expr, GlyphSet glyphs) {
        return expr.accept(new Layout(new TwoDimensionalNotation(glyphs)));
    }

    /** One line: {@code P₁² + 4P₁ + 4}, or {@code P_1^2 + 4*P_1 + 4} in ASCII. */
    public static String oneLine(Expr expr, GlyphSet glyphs) {
        return expr.accept(new Layout(new OneLineNotation(glyphs))).baselineText();
    }

    /** LaTeX that {@link Parser#parse} reads back to an equal tree. */
    public static String latex(Expr expr) {
        return expr.accept(new Layout(new LatexNotation())).baselineText();
    }
}
