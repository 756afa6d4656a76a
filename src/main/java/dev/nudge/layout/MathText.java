package dev.nudge.layout;

import dev.nudge.math.Derivative;
import dev.nudge.math.Expr;
import dev.nudge.math.GlyphSet;
import dev.nudge.math.Rational;
import dev.nudge.math.Renderer;
import dev.nudge.math.Var;

/** Names, numbers and expressions as one line of text in the current character set. */
public final class MathText {
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("\\b[A-Za-z]+_\\{?\\d+\\}?");

    private final GlyphSet glyphs;

    public MathText(Glyphs glyphs) {
        this.glyphs = glyphs.math;
    }

    public String name(String variable) {
        return Renderer.oneLine(new Var(variable), glyphs);
    }

    public String expr(Expr expr) {
        return Renderer.oneLine(expr, glyphs);
    }

    public String value(Rational value) {
        return value.display(glyphs);
    }

    /**
     * A number as an operand inside a calculation, exactly and without its decimal ({@code 1.5}, {@code -2/3}): a
     * calculation such as {@code 1 - 0.1 × (-2/3) = 16/15 ≈ 1.067} gives the rounded decimal once, for its result.
     */
    public String operand(Rational value) {
        return value.toString();
    }

    /** An operand as a factor: negative ones in parentheses, as in {@code 1 - 0.1 × (-2/3)}. */
    public String factor(Rational value) {
        return value.signum() < 0 ? "(" + operand(value) + ")" : operand(value);
    }

    /** {@code dLoss/dP₁} for the loss named {@code loss}. */
    public String slopeName(String loss, String variable) {
        return Renderer.oneLine(new Derivative(new Var(loss), new Var(variable), false), glyphs);
    }

    /** {@code text} with every parameter name in it ({@code P_1}) drawn as the engine draws names ({@code P₁}). */
    public String withNames(String text) {
        var matcher = NAME.matcher(text);
        var out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    Renderer.oneLine(dev.nudge.math.Parser.parse(matcher.group()), glyphs)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    public String times() {
        return glyphs.times().strip();
    }
}
