package dev.nudge.step.guess;

import dev.nudge.keys.Key;
import dev.nudge.keys.Keys;
import dev.nudge.math.Rational;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.step.HintLadder;
import dev.nudge.step.InputField;
import dev.nudge.step.Notice;
import dev.nudge.step.StepUpdate;
import dev.nudge.step.TypedNumber;
import java.util.Optional;

/**
 * A guess step: while choosing, the arrow keys (or {@code + - 0}) set each parameter's direction and Enter submits;
 * then each press of next reveals one more stage, and {@code [ ]} change the learning rate.
 */
final class GuessKeys {
    private static final Rational SMALLEST_RATE = Rational.of(1, 1024);
    private static final Rational LARGEST_RATE = Rational.of(16);

    private GuessKeys() {
    }

    static Optional<StepUpdate> onKey(StepUpdate state, GuessSession guess, Key key) {
        if (guess.valueField().isPresent()) {
            return Optional.of(valueKey(state, guess, guess.valueField().get(), key));
        }
        if (guess.stage() == RevealStage.CHOOSING && (key.is('=') || key.is('v'))) {
            var typing = state.withSession(guess.typingValue(Optional.of(InputField.empty())));
            return Optional.of(typing.withNotice(
                    Notice.of("notice.typeValue", guess.parameters().get(guess.selected()))));
        }
        if (key.is('h')) {
            return Optional.of(HintLadder.climb(state, guess.hints(), guess::withHints));
        }
        if (key.is('[') || key.is(']')) {
            return Optional.of(rate(state, guess, key.is(']')));
        }
        return guess.stage() == RevealStage.CHOOSING ? choosing(state, guess, key) : revealing(state, guess, key);
    }

    private static Optional<StepUpdate> choosing(StepUpdate state, GuessSession guess, Key key) {
        boolean rows = guess.choices().size() > 1;
        switch (key.kind()) {
            case UP:
                return rows ? Optional.of(session(state, guess.select(guess.selected() - 1))) : Optional.empty();
            case DOWN:
                return rows ? Optional.of(session(state, guess.select(guess.selected() + 1))) : Optional.empty();
            case LEFT:
                return Optional.of(session(state, guess.choose(guess.choices().get(guess.selected()).left())));
            case RIGHT:
                return Optional.of(session(state, guess.choose(guess.choices().get(guess.selected()).right())));
            case ENTER:
                return Optional.of(submit(state, guess));
            default:
                return typedChoice(key).map(direction -> session(state, guess.choose(direction)));
        }
    }

    private static Optional<Direction> typedChoice(Key key) {
        if (key.is('+')) {
            return Optional.of(Direction.UP);
        }
        if (key.is('-')) {
            return Optional.of(Direction.DOWN);
        }
        return key.is('0') ? Optional.of(Direction.NONE) : Optional.empty();
    }

    private static StepUpdate submit(StepUpdate state, GuessSession guess) {
        int missing = guess.firstUnchosen();
        if (missing >= 0) {
            return state.withSession(guess.select(missing))
                    .withNotice(Notice.of("notice.chooseEveryParameter", guess.parameters().get(missing)));
        }
        var revealed = state.withSession(guess.at(RevealStage.LOSS).revealed(state.math())).toEnd();
        return revealed.record(new ProgressEvent.Guessed(state.key(), guess.summary(), guess.allRight()));
    }

    private static Optional<StepUpdate> revealing(StepUpdate state, GuessSession guess, Key key) {
        if (Keys.isNext(key)) {
            if (guess.stage() == RevealStage.VERDICT) {
                return Optional.of(state.toNextStep());
            }
            return Optional.of(state.withSession(guess.at(guess.stage().next())).toEnd());
        }
        if (Keys.isBack(key)) {
            return Optional.of(state.withSession(guess.at(guess.stage().previous())).toEnd());
        }
        return Optional.empty();
    }

    private static StepUpdate rate(StepUpdate state, GuessSession guess, boolean larger) {
        var rate = larger ? guess.rate().multiply(Rational.of(2)) : guess.rate().divide(Rational.of(2));
        if (rate.compareTo(SMALLEST_RATE) < 0 || rate.compareTo(LARGEST_RATE) > 0) {
            return state.withNotice(Notice.of(larger ? "notice.rateLargest" : "notice.rateSmallest",
                    guess.rate().toString()));
        }
        var changed = guess.withRate(rate);
        // The reveal shows the update at the rate; before the guess is submitted there is none yet.
        var revealed = guess.reveal().isPresent() ? changed.revealed(state.math()) : changed;
        return state.withSession(revealed).withNotice(Notice.of("notice.rateNow", rate.toString()));
    }

    /** While a new value is typed: edit it, Enter takes it (and sets the direction), Esc drops it. */
    private static StepUpdate valueKey(StepUpdate state, GuessSession guess, InputField field, Key key) {
        switch (key.kind()) {
            case ENTER:
                return TypedNumber.value(field.text())
                        .map(value -> session(state, guess.propose(value)))
                        .orElseGet(() -> state.withNotice(Notice.of("notice.valueNotNumber")));
            case ESCAPE:
                return session(state, guess.typingValue(Optional.empty()));
            case BACKSPACE:
                return session(state, guess.typingValue(Optional.of(field.backspace())));
            case DELETE:
                return session(state, guess.typingValue(Optional.of(field.delete())));
            case LEFT:
                return session(state, guess.typingValue(Optional.of(field.left())));
            case RIGHT:
                return session(state, guess.typingValue(Optional.of(field.right())));
            case CHARACTER:
                return key.ctrl() ? state.withNotice(Notice.of("notice.typingHere"))
                        : session(state, guess.typingValue(Optional.of(field.insert(key.character()))));
            default:
                return state.withNotice(Notice.of("notice.typingHere"));
        }
    }

    private static StepUpdate session(StepUpdate state, GuessSession guess) {
        return state.withSession(guess);
    }
}
