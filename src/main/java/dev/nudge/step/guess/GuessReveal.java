package dev.nudge.step.guess;

import dev.nudge.lesson.LessonMath;
import dev.nudge.math.Algebra;
import dev.nudge.math.Derivation;
import dev.nudge.math.Expr;
import dev.nudge.math.GroupedExpansion;
import dev.nudge.math.Nudge;
import dev.nudge.math.Rational;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the reveal of a guess shows, computed by the math engine: the loss and its expansion with reasons, each
 * parameter's derivative and slope, the nudge check, the update at the current learning rate, the loss before and
 * after, and how each part of the learner's guess compares. A loss over several points also has its expansion in
 * groups (each square on its own, then collected), which the reveal shows unless the learner asks for every step.
 * The expansion is computed only for a reveal that shows it: a loss through relu has none.
 */
public record GuessReveal(Expr loss, java.util.Optional<Derivation> expansion, java.util.Optional<GroupedExpansion> grouped,
        List<ParameterReveal> parameters, Rational lossBefore, Rational lossAfter,
        java.util.Optional<Rational> proposedLoss) {

    /**
     * One parameter's part of the reveal.
     *
     * @param name the parameter
     * @param derivative dLoss/dP as an expression
     * @param slope its value at the current parameters
     * @param nudge the loss before and after raising the parameter by the nudge
     * @param before the parameter's value now
     * @param after its value after the update {@code P - rate * slope}
     * @param chosen the learner's guess
     * @param right the direction the slope says
     * @param proposed the value the learner typed for it, if any
     */
    public record ParameterReveal(String name, Expr derivative, Rational slope, Nudge nudge, Rational before,
            Rational after, Direction chosen, Direction right, java.util.Optional<Rational> proposed) {
        public boolean guessedRight() {
            return chosen == right;
        }
    }

    public Rational change() {
        return lossAfter.subtract(lossBefore);
    }

    /** Computes the reveal of {@code guess}; throws {@code MathException} if the lesson's math does not compute. */
    public static GuessReveal of(GuessSession guess, LessonMath math) {
        var facts = guess.math();
        var definitions = math.definitions();
        var parameters = new ArrayList<ParameterReveal>();
        Map<String, Rational> updated = new LinkedHashMap<>(facts.values());
        Map<String, Rational> proposed = new LinkedHashMap<>(facts.values());
        var names = guess.parameters();
        for (int i = 0; i < names.size(); i++) {
            var name = names.get(i);
            var before = facts.values().get(name);
            var slope = facts.slopes().get(name);
            var after = before.subtract(guess.rate().multiply(slope));
            updated.put(name, after);
            var typed = guess.proposed().get(i);
            typed.ifPresent(value -> proposed.put(name, value));
            parameters.add(new ParameterReveal(name, Algebra.derivative(facts.loss(), name, definitions), slope,
                    Nudge.of(facts.loss(), definitions, facts.values(), name, facts.nudge()), before, after,
                    guess.choices().get(i), guess.right(i), typed));
        }
        var proposedLoss = guess.proposed().stream().anyMatch(java.util.Optional::isPresent)
                ? java.util.Optional.of(Algebra.evaluate(facts.loss(), definitions, proposed))
                : java.util.Optional.<Rational>empty();
        boolean expanded = guess.plan().shows(RevealStage.EXPANSION);
        var expansion = expanded ? java.util.Optional.of(Derivation.ofExpansion(facts.loss(), definitions, Map.of()))
                : java.util.Optional.<Derivation>empty();
        var grouped = expanded ? GroupedExpansion.of(facts.loss(), definitions)
                : java.util.Optional.<GroupedExpansion>empty();
        return new GuessReveal(facts.loss(), expansion, grouped, List.copyOf(parameters), facts.lossValue(),
                Algebra.evaluate(facts.loss(), definitions, updated), proposedLoss);
    }
}
