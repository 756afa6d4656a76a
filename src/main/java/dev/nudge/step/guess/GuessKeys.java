package dev.nudge.step.guess;

import static dev.nudge.keys.KeyPattern.character;
import static dev.nudge.keys.KeyPattern.named;
import static dev.nudge.step.StepAction.bind;

import dev.nudge.keys.KeyBinding;
import dev.nudge.keys.Key;
import dev.nudge.keys.KeyPattern;
import dev.nudge.keys.Keymap;
import dev.nudge.keys.Keys;
import dev.nudge.math.Rational;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.step.FieldKeys;
import dev.nudge.step.HintLadder;
import dev.nudge.step.InputField;
import dev.nudge.step.Notice;
import dev.nudge.step.StepAction;
import dev.nudge.step.StepUpdate;
import dev.nudge.step.TypedNumber;
import java.util.Optional;

/**
 * A guess step: while choosing, the arrow keys (or {@code + - 0}) set each parameter's direction and Enter submits;
 * then each press of next reveals one more stage, {@code [ ]} change the learning rate, and at an expansion in
 * groups {@code d} shows or hides every step.
 */
final class GuessKeys {
    private static final Rational SMALLEST_RATE = Rational.of(1, 1024);
    private static final Rational LARGEST_RATE = Rational.of(16);

    private GuessKeys() {
    }

    /** The keys of the guess as it stands: typing a value, choosing, or stepping through the reveal. */
    static Keymap<StepAction> keymap(GuessSession guess) {
        if (guess.valueField().isPresent()) {
            return valueField(guess, guess.valueField().get());
        }
        var hint = Keymap.of(bind("help.hint", (state, key) -> HintLadder.climb(state, guess.hints(), guess::withHints),
                character('h')));
        if (guess.stage() == RevealStage.CHOOSING) {
            return choosing(guess)
                    .then(Keymap.of(bind("help.value", (state, key) -> typeValue(state, guess), character('='),
                            character('v'))))
                    .then(hint)
                    .then(rates(guess));
        }
        return revealing(guess).then(everyStep(guess)).then(hint).then(rates(guess));
    }

    /** At a grouped expansion, {@code d} shows every step of each group, and hides them again. */
    private static Keymap<StepAction> everyStep(GuessSession guess) {
        if (!guess.expansionGrouped()) {
            return Keymap.of();
        }
        return Keymap.of(bind(guess.everyStep() ? "help.hideSteps" : "help.everyStep",
                (state, key) -> state.withSession(guess.showingEveryStep(!guess.everyStep())).toEnd(),
                character('d')));
    }

    /** The learning rate's keys, in a guess whose reveal shows the update the rate scales. */
    private static Keymap<StepAction> rates(GuessSession guess) {
        if (!guess.plan().shows(RevealStage.UPDATE)) {
            return Keymap.of();
        }
        return Keymap.of(
                bind("help.rate", (state, key) -> rate(state, guess, false), character('[')),
                bind("help.rate", (state, key) -> rate(state, guess, true), character(']')));
    }

    private static StepUpdate typeValue(StepUpdate state, GuessSession guess) {
        var typing = state.withSession(guess.typingValue(Optional.of(InputField.empty())));
        return typing.withNotice(Notice.of("notice.typeValue", guess.parameters().get(guess.selected())));
    }

    /** Choosing: a row per parameter (up and down move between rows, when there are rows), a direction each. */
    private static Keymap<StepAction> choosing(GuessSession guess) {
        var rows = guess.choices().size() > 1 ? Keymap.of(
                bind("help.guess", (state, key) -> state.withSession(guess.select(guess.selected() - 1)),
                        named(Key.Kind.UP)),
                bind("help.guess", (state, key) -> state.withSession(guess.select(guess.selected() + 1)),
                        named(Key.Kind.DOWN))) : Keymap.<StepAction>of();
        return rows.then(Keymap.of(
                bind("help.guess", (state, key) -> state.withSession(
                        guess.choose(guess.choices().get(guess.selected()).left())), named(Key.Kind.LEFT)),
                bind("help.guess", (state, key) -> state.withSession(
                        guess.choose(guess.choices().get(guess.selected()).right())), named(Key.Kind.RIGHT)),
                typed(guess, '+', Direction.UP),
                typed(guess, '-', Direction.DOWN),
                typed(guess, '0', Direction.NONE),
                bind("help.check", (state, key) -> submit(state, guess), named(Key.Kind.ENTER))));
    }

    private static KeyBinding<StepAction> typed(GuessSession guess, char c, Direction direction) {
        return bind("help.guess", (state, key) -> state.withSession(guess.choose(direction)), character(c));
    }

    private static StepUpdate submit(StepUpdate state, GuessSession guess) {
        int missing = guess.firstUnchosen();
        if (missing >= 0) {
            return state.withSession(guess.select(missing))
                    .withNotice(Notice.of("notice.chooseEveryParameter", guess.parameters().get(missing)));
        }
        var revealed = state.withSession(guess.at(guess.plan().first()).revealed(state.math())).toEnd();
        return revealed.record(new ProgressEvent.Guessed(state.key(), guess.summary(), guess.allRight()));
    }

    /** The reveal: next shows one more stage (after the verdict: the next step), back one stage fewer. */
    private static Keymap<StepAction> revealing(GuessSession guess) {
        return Keymap.of(
                bind(guess.stage() == RevealStage.VERDICT ? "help.next" : "help.reveal",
                        (state, key) -> revealNext(state, guess), Keys.NEXT),
                bind("help.unreveal", (state, key) -> state.withSession(guess.at(guess.plan().previous(guess.stage()))).toEnd(),
                        Keys.BACK));
    }

    private static StepUpdate revealNext(StepUpdate state, GuessSession guess) {
        if (guess.stage() == RevealStage.VERDICT) {
            return state.toNextStep();
        }
        return state.withSession(guess.at(guess.plan().next(guess.stage()))).toEnd();
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
    private static Keymap<StepAction> valueField(GuessSession guess, InputField field) {
        return Keymap.of(
                bind("help.setValue", (state, key) -> takeValue(state, guess, field), named(Key.Kind.ENTER)),
                bind("help.cancelValue", (state, key) -> state.withSession(guess.typingValue(Optional.empty())),
                        named(Key.Kind.ESCAPE)),
                edit(guess, field.backspace(), Key.Kind.BACKSPACE),
                edit(guess, field.delete(), Key.Kind.DELETE),
                edit(guess, field.left(), Key.Kind.LEFT),
                edit(guess, field.right(), Key.Kind.RIGHT),
                bind("help.typeValue", (state, key) -> state.withSession(
                        guess.typingValue(Optional.of(field.insert(key.character())))), KeyPattern.typed()))
                .then(FieldKeys.TYPING_HERE);
    }

    private static KeyBinding<StepAction> edit(GuessSession guess, InputField edited, Key.Kind kind) {
        return bind("help.edit", (state, key) -> state.withSession(guess.typingValue(Optional.of(edited))),
                named(kind));
    }

    private static StepUpdate takeValue(StepUpdate state, GuessSession guess, InputField field) {
        return TypedNumber.value(field.text())
                .map(value -> state.withSession(guess.propose(value)))
                .orElseGet(() -> state.withNotice(Notice.of("notice.valueNotNumber")));
    }
}
