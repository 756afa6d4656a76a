package dev.nudge.lesson;

import dev.nudge.math.Algebra;
import dev.nudge.math.GlyphSet;
import dev.nudge.math.Renderer;

/** Computes what a {@code {{ }}} shows: a value, an expanded polynomial or a derivative. */
public final class Figures {
    private Figures() {
    }

    /** The text for {@code computed} in the ASCII one-line form, the form the checker compares across languages. */
    static String show(LessonMath math, Inline.Computed computed) {
        return show(math, computed, GlyphSet.ASCII);
    }

    /** The text for {@code computed}, drawn with {@code glyphs}; throws {@code MathException} if it does not compute. */
    public static String show(LessonMath math, Inline.Computed computed, GlyphSet glyphs) {
        var expression = math.parse(computed.expression().text());
        switch (computed.operation()) {
            case EXPAND:
                var values = math.valuesWith(computed.bindings());
                var fixed = computed.bindings().isEmpty() ? expression
                        : Algebra.substitute(expression, restrictTo(values, computed));
                return Renderer.oneLine(Algebra.expand(fixed, math.definitions()).toExpr(), glyphs);
            case DERIVATIVE:
                var variable = LessonMath.variableName(computed.variable());
                return Renderer.oneLine(Algebra.derivative(expression, variable, math.definitions()), glyphs);
            default:
                return math.evaluate(computed.expression().text(), computed.bindings()).display(glyphs);
        }
    }

    private static java.util.Map<String, dev.nudge.math.Rational> restrictTo(
            java.util.Map<String, dev.nudge.math.Rational> values, Inline.Computed computed) {
        var chosen = new java.util.LinkedHashMap<String, dev.nudge.math.Rational>();
        for (var binding : computed.bindings()) {
            var name = LessonMath.variableName(binding.name().text());
            chosen.put(name, values.get(name));
        }
        return chosen;
    }
}
