package dev.nudge.step.guess;

import dev.nudge.lesson.LessonMath;
import dev.nudge.math.Algebra;
import dev.nudge.math.Expr;
import dev.nudge.math.Rational;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The math behind a guess step: the loss as an expression, its value at the current parameters, and the slope of the
 * loss for each parameter (the partial derivative's value), which says which way each one should move.
 *
 * @param loss the loss, as written or as the mean squared error over the step's points
 * @param parameters the parameters asked about and their current values (the others keep the lesson's values)
 * @param lossValue the loss at those values
 * @param slopes each parameter's dLoss/dP at those values
 * @param values every parameter's value, asked about or not, for computing the loss
 * @param nudge the size of the nudge check
 * @param expandable whether the loss multiplies out into a polynomial (a loss through relu does not), so whether its
 *     reveal can show an expansion
 */
public record GuessMath(Expr loss, Map<String, Rational> parameters, Rational lossValue, Map<String, Rational> slopes,
        Map<String, Rational> values, Rational nudge, boolean expandable) {
    /** The nudge the article makes when a lesson does not say otherwise. */
    public static final Rational DEFAULT_NUDGE = Rational.parse("0.001");

    public GuessMath {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        slopes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(slopes));
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Computes the guess's math; throws {@code MathException} if it does not compute. */
    public static GuessMath of(LessonMath math, GuessStep guess) {
        var loss = math.lossOf(guess.loss(), guess.points());
        var asked = new LinkedHashMap<String, Rational>();
        guess.parameters().forEach(binding -> asked.put(LessonMath.variableName(binding.name().text()),
                math.evaluate(binding.value().text(), List.of())));
        // The parameters not asked about keep the lesson's values.
        var values = new LinkedHashMap<>(math.parameters());
        values.putAll(asked);
        var slopes = new LinkedHashMap<String, Rational>();
        for (var name : asked.keySet()) {
            var derivative = Algebra.derivative(loss, name, math.definitions());
            slopes.put(name, Algebra.evaluate(derivative, math.definitions(), values));
        }
        var nudge = guess.nudge().map(n -> math.evaluate(n.text(), List.of())).orElse(DEFAULT_NUDGE);
        return new GuessMath(loss, asked, Algebra.evaluate(loss, math.definitions(), values), slopes, values, nudge,
                Algebra.expandable(loss, math.definitions()));
    }
}
