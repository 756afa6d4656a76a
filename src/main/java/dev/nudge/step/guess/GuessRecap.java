package dev.nudge.step.guess;

import dev.nudge.lesson.LessonMath;
import dev.nudge.math.Algebra;
import dev.nudge.math.Rational;
import dev.nudge.progress.StepProgress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One guess step as the course's closing recap tells it back: what the learner first said for each parameter, what
 * the derivative said, and the update the step's learning rate makes, with the loss before and after. The numbers
 * are the engine's, so the recap says exactly what the reveal showed.
 *
 * @param parameters each parameter asked about, in the step's order
 * @param rate the step's learning rate
 * @param lossBefore the loss at the step's values
 * @param lossAfter the loss after the update
 * @param guessed whether the learner made this guess at all
 */
public record GuessRecap(List<ParameterRecap> parameters, Rational rate, Rational lossBefore, Rational lossAfter,
        boolean guessed) {

    /**
     * One parameter of the guess.
     *
     * @param name the parameter, as the engine names it ({@code P_1})
     * @param said the direction the learner first chose, if they guessed
     * @param slope dLoss/dP at the step's values
     * @param right the direction the slope says
     * @param before the value before the update
     * @param after the value after it, {@code before - rate * slope}
     */
    public record ParameterRecap(String name, Optional<Direction> said, Rational slope, Direction right,
            Rational before, Rational after) {
        public boolean saidRight() {
            return said.map(right::equals).orElse(false);
        }
    }

    public GuessRecap {
        parameters = List.copyOf(parameters);
    }

    public Rational change() {
        return lossAfter.subtract(lossBefore);
    }

    /** The recap of {@code step} for a learner whose progress there is {@code progress}; throws if it does not compute. */
    public static GuessRecap of(GuessStep step, LessonMath lesson, StepProgress progress) {
        var math = GuessMath.of(lesson, step);
        var rate = lesson.evaluate(step.rate().text(), List.of());
        var said = directions(progress.firstAnswer());
        var updated = new LinkedHashMap<>(math.values());
        var parameters = new ArrayList<ParameterRecap>();
        math.parameters().forEach((name, before) -> {
            var slope = math.slopes().get(name);
            var after = before.subtract(rate.multiply(slope));
            updated.put(name, after);
            parameters.add(new ParameterRecap(name, Optional.ofNullable(said.get(name)), slope,
                    Direction.against(slope.signum()), before, after));
        });
        var lossAfter = Algebra.evaluate(math.loss(), lesson.definitions(), updated);
        return new GuessRecap(parameters, rate, math.lossValue(), lossAfter, progress.attempts() > 0);
    }

    /**
     * The directions in a guess as progress keeps it ({@link GuessSession#summary}: {@code P_0 none, P_1 down = 0.5});
     * a part that does not read so is left out, as from a record written by another version.
     */
    static Map<String, Direction> directions(String summary) {
        var directions = new LinkedHashMap<String, Direction>();
        for (var part : summary.split(",")) {
            var words = part.strip().split(" ");
            if (words.length < 2) {
                continue;
            }
            try {
                var direction = Direction.valueOf(words[1].toUpperCase(Locale.ROOT));
                if (direction != Direction.UNSET) {
                    directions.put(words[0], direction);
                }
            } catch (IllegalArgumentException notADirection) {
                // Not a part this version writes: the recap says nothing of it.
            }
        }
        return directions;
    }
}
