package dev.nudge.step.predict;

import dev.nudge.lesson.LessonMath;
import dev.nudge.math.Algebra;
import dev.nudge.math.Expr;
import dev.nudge.math.MathException;
import dev.nudge.math.Rational;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The update a predict step shows, computed by the engine: each parameter moved against its slope at the learning
 * rate, and the loss before and after. The learner predicts {@code lossAfter}.
 *
 * @param rate the learning rate
 * @param moves each parameter the update moves, in the order the block names them
 * @param lossBefore the loss at the current values
 * @param lossAfter the loss once every parameter has moved
 * @param wrongWay the loss after a step the wrong way (up the slope), a likely mistake
 * @param tolerance how far a prediction may be from {@code lossAfter} and still be right
 * @param lossName what the update's slopes call the loss, as in {@code dMSE/dw₁}
 */
public record PredictMath(Rational rate, List<Move> moves, Rational lossBefore, Rational lossAfter,
        Rational wrongWay, Rational tolerance, String lossName) {
    public PredictMath {
        moves = List.copyOf(moves);
    }

    /**
     * One parameter's update {@code P ← P − rate × slope}.
     *
     * @param name the parameter
     * @param before its value now
     * @param slope dLoss/dP at the current values
     * @param after its value after the update
     */
    public record Move(String name, Rational before, Rational slope, Rational after) {
    }

    /** Computes the update of {@code step}; throws {@code MathException} if the lesson's math does not compute. */
    public static PredictMath of(LessonMath math, PredictStep step) {
        Expr loss = math.lossOf(step.loss(), step.points());
        var definitions = math.definitions();
        var values = math.valuesWith(step.parameters());
        var rate = math.evaluate(step.rate().text(), List.of());
        var after = new LinkedHashMap<>(values);
        var backwards = new LinkedHashMap<>(values);
        var moves = new ArrayList<Move>();
        for (var written : step.update()) {
            var name = LessonMath.variableName(written.text());
            if (!values.containsKey(name)) {
                throw new MathException("\"" + written.text() + "\" is not a parameter of the lesson or the block");
            }
            var before = values.get(name);
            var slope = Algebra.evaluate(Algebra.derivative(loss, name, definitions), definitions, values);
            var move = rate.multiply(slope);
            after.put(name, before.subtract(move));
            backwards.put(name, before.add(move));
            moves.add(new Move(name, before, slope, before.subtract(move)));
        }
        var tolerance = step.tolerance().map(t -> math.evaluate(t.text(), List.of()).abs()).orElse(Rational.ZERO);
        return new PredictMath(rate, moves, Algebra.evaluate(loss, definitions, values),
                Algebra.evaluate(loss, definitions, after), Algebra.evaluate(loss, definitions, backwards), tolerance,
                math.lossName(step.loss(), step.points()));
    }

    public Rational change() {
        return lossAfter.subtract(lossBefore);
    }

    /** The values after the update, as {@code P_1 = -2.8}, for messages. */
    String updated() {
        var parts = new ArrayList<String>();
        moves.forEach(move -> parts.add(move.name() + " = " + move.after()));
        return String.join(", ", parts);
    }

    /** Whether {@code value} is {@code target} within the tolerance. */
    boolean near(Rational value, Rational target) {
        return value.subtract(target).abs().compareTo(tolerance) <= 0;
    }
}
