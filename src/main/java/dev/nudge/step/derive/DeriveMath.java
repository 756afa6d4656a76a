package dev.nudge.step.derive;

import dev.nudge.lesson.LessonMath;
import dev.nudge.math.Derivation;
import dev.nudge.math.MathException;
import dev.nudge.math.Work;
import java.util.Map;

/**
 * The derivation a derive step walks through, computed by the engine from the lesson's definition and parameter,
 * within a fixed budget of work: a lesson may derive a polynomial a person would write out, not one the tutor would
 * take seconds to expand.
 */
final class DeriveMath {
    /** Steps of {@link Work} one derivation may take: a few milliseconds. */
    static final long WORK = 2_000_000;

    private DeriveMath() {
    }

    /** The derivation of {@code step}; throws {@code MathException} saying what in the block does not compute. */
    static Derivation of(LessonMath math, DeriveStep step) {
        var name = step.of().text();
        var definitions = math.definitions();
        if (definitions.lookup(name).isEmpty()) {
            throw new MathException("no definition of that name in the lesson header (define: " + name + " = ...)");
        }
        var variable = variable(math, step);
        var expr = math.parse(name);
        var values = step.at().map(math::valuesWith).orElse(Map.of());
        return Work.limitedTo(WORK).run(() -> step.method().derive(name, expr, variable, definitions, values));
    }

    /** The parameter {@code step} differentiates by; throws {@code MathException} when the lesson has no such one. */
    static String variable(LessonMath math, DeriveStep step) {
        var variable = LessonMath.variableName(step.by().text());
        if (!math.parameters().containsKey(variable)) {
            throw new MathException("not a parameter of the lesson (params: "
                    + String.join(", ", math.parameters().keySet()) + ")");
        }
        return variable;
    }
}
