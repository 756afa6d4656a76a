package dev.nudge.tutor;

import dev.nudge.lesson.GuessMath;
import dev.nudge.math.Rational;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A guess step in progress: the learner's direction for each parameter, the row selected, how far the reveal has
 * gone, and the learning rate (which {@code [} and {@code ]} change during the reveal).
 *
 * @param math the loss, the parameters and their slopes
 * @param choices one direction per parameter, in the order of {@code math.parameters()}
 * @param selected the row the arrow keys act on
 * @param stage how far the reveal has gone
 * @param rate the learning rate of the update
 * @param hints how many rungs of the hint ladder are shown
 * @param proposed a new value the learner typed for each parameter, if any
 * @param valueField the value being typed for the selected parameter, while it is typed
 */
public record GuessSession(GuessMath math, List<Direction> choices, int selected, RevealStage stage, Rational rate,
        int hints, List<Optional<Rational>> proposed, Optional<InputField> valueField) implements StepSession {
    public GuessSession {
        choices = List.copyOf(choices);
        proposed = List.copyOf(proposed);
        if (choices.size() != math.parameters().size() || proposed.size() != choices.size() || selected < 0
                || selected >= choices.size()) {
            throw new IllegalArgumentException("a guess has one choice per parameter and a selected row among them");
        }
        if (hints < 0 || hints > Hints.LADDER) {
            throw new IllegalArgumentException("there are " + Hints.LADDER + " hints");
        }
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("the learning rate must be above 0");
        }
    }

    static GuessSession start(GuessMath math, Rational rate) {
        int count = math.parameters().size();
        return new GuessSession(math, Collections.nCopies(count, Direction.UNSET), 0, RevealStage.CHOOSING, rate, 0,
                Collections.nCopies(count, Optional.empty()), Optional.empty());
    }

    public List<String> parameters() {
        return List.copyOf(math.parameters().keySet());
    }

    /** The direction the slope of parameter {@code i} says is right. */
    public Direction right(int i) {
        return Direction.against(math.slopes().get(parameters().get(i)).signum());
    }

    public boolean allRight() {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i) != right(i)) {
                return false;
            }
        }
        return true;
    }

    /** The first parameter without a choice, if any. */
    int firstUnchosen() {
        return choices.indexOf(Direction.UNSET);
    }

    GuessSession choose(Direction direction) {
        var updated = new ArrayList<>(choices);
        updated.set(selected, direction);
        return new GuessSession(math, updated, selected, stage, rate, hints, proposed, valueField);
    }

    GuessSession select(int row) {
        return new GuessSession(math, choices, Math.floorMod(row, choices.size()), stage, rate, hints, proposed,
                valueField);
    }

    GuessSession at(RevealStage newStage) {
        return new GuessSession(math, choices, selected, newStage, rate, hints, proposed, valueField);
    }

    GuessSession withRate(Rational newRate) {
        return new GuessSession(math, choices, selected, stage, newRate, hints, proposed, valueField);
    }

    GuessSession withHints(int shown) {
        return new GuessSession(math, choices, selected, stage, rate, shown, proposed, valueField);
    }

    GuessSession typingValue(Optional<InputField> field) {
        return new GuessSession(math, choices, selected, stage, rate, hints, proposed, field);
    }

    /** The learner's own new value for the selected parameter, which also sets its direction. */
    GuessSession propose(Rational value) {
        var values = new ArrayList<>(proposed);
        values.set(selected, Optional.of(value));
        var now = math.values().get(parameters().get(selected));
        var direction = Direction.against(now.compareTo(value));
        var updated = new ArrayList<>(choices);
        updated.set(selected, direction);
        return new GuessSession(math, updated, selected, stage, rate, hints, values, Optional.empty());
    }

    /** A one-line summary of the guess for the progress record, such as {@code P_0 none, P_1 down}. */
    String summary() {
        var parts = new ArrayList<String>();
        for (int i = 0; i < choices.size(); i++) {
            var value = proposed.get(i).map(v -> " = " + v).orElse("");
            parts.add(parameters().get(i) + " " + choices.get(i).name().toLowerCase(java.util.Locale.ROOT) + value);
        }
        return String.join(", ", parts);
    }
}
