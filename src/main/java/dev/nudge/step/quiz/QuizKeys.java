package dev.nudge.step.quiz;

import static dev.nudge.keys.KeyPattern.character;
import static dev.nudge.keys.KeyPattern.named;
import static dev.nudge.step.StepAction.bind;

import dev.nudge.keys.Key;
import dev.nudge.keys.Keymap;
import dev.nudge.keys.Keys;
import dev.nudge.math.Work;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.step.FieldKeys;
import dev.nudge.step.HintLadder;
import dev.nudge.step.Notice;
import dev.nudge.step.StepAction;
import dev.nudge.step.StepUpdate;
import dev.nudge.step.Verdict;

/**
 * A quiz step: choices are picked with their number or the arrows and Enter; numbers and expressions are typed into
 * a field with proper editing. Each answer is judged at once; after three misses the answer is shown.
 */
final class QuizKeys {
    private static final String CHECKING_PAUSED = "quiz.checkingPaused";

    private QuizKeys() {
    }

    /** The quiz's keys as it stands: answered, a choice, typing into the field, or out of the field. */
    static Keymap<StepAction> keymap(QuizStep step, QuizSession quiz) {
        if (!quiz.open()) {
            return Keymap.of(bind("help.retry", (state, key) -> state.withSession(quiz.retried()), character('r')))
                    .then(hint(quiz));
        }
        if (step.quiz() instanceof Quiz.ChoiceQuiz choice) {
            return choosing(choice, quiz).then(hint(quiz));
        }
        return quiz.typing() ? typing(step, quiz) : commands(quiz);
    }

    private static Keymap<StepAction> hint(QuizSession quiz) {
        return Keymap.of(bind("help.hint", (state, key) -> HintLadder.climb(state, quiz.hints(), quiz::withHints),
                character('h')));
    }

    private static Keymap<StepAction> choosing(Quiz.ChoiceQuiz choice, QuizSession quiz) {
        int count = choice.choices().size();
        return Keymap.of(
                bind("help.choiceMove", (state, key) -> state.withSession(quiz.highlight(above(quiz, count))),
                        named(Key.Kind.UP)),
                bind("help.choiceMove", (state, key) -> state.withSession(
                        quiz.highlight(Math.floorMod(quiz.highlighted() + 1, count))), named(Key.Kind.DOWN)),
                bind("help.choiceTake", (state, key) -> quiz.highlighted() == QuizSession.NONE
                        ? state.withNotice(Notice.of("notice.chooseFirst", String.valueOf(count)))
                        : answerChoice(state, choice, quiz, quiz.highlighted()), named(Key.Kind.ENTER)),
                bind("help.choice", (state, key) -> answerChoice(state, choice, quiz.highlight(key.character() - '1'),
                        key.character() - '1'), Keys.firstDigits(count)));
    }

    /** The choice above the highlighted one, going round; the last when none is highlighted yet. */
    private static int above(QuizSession quiz, int count) {
        return quiz.highlighted() == QuizSession.NONE ? count - 1 : Math.floorMod(quiz.highlighted() - 1, count);
    }

    /**
     * Judges the choice shown at {@code position}; progress keeps the choice's text, not where it was on the screen,
     * which differs from learner to learner.
     */
    private static StepUpdate answerChoice(StepUpdate state, Quiz.ChoiceQuiz choice, QuizSession quiz, int position) {
        int index = quiz.order().file(position);
        var verdict = Grader.choice(choice, index);
        return judged(state, quiz, verdict, choice.choices().get(index).text().source());
    }

    /** While typing: printable keys go into the field; Enter submits, Esc leaves the field. */
    private static Keymap<StepAction> typing(QuizStep step, QuizSession quiz) {
        return Keymap.of(
                bind("help.check", (state, key) -> submit(state, step, quiz), named(Key.Kind.ENTER)),
                bind("help.leaveField", (state, key) -> state.withSession(quiz.typing(false))
                        .withNotice(Notice.of("notice.leftField")), named(Key.Kind.ESCAPE)))
                .then(FieldKeys.keymap(quiz.field(), quiz::edit));
    }

    /** Out of the field: Enter (or i) goes back into it; other keys are commands. */
    private static Keymap<StepAction> commands(QuizSession quiz) {
        return Keymap.of(bind("help.intoField", (state, key) -> state.withSession(quiz.typing(true)),
                named(Key.Kind.ENTER), character('i'))).then(hint(quiz));
    }

    /** Checks the typed answer, unless the session has spent its budget for checking; counts the work it took. */
    private static StepUpdate submit(StepUpdate state, QuizStep step, QuizSession quiz) {
        var typed = quiz.field().text();
        if (state.checking().exhausted()) {
            return judged(state, quiz, Verdict.Invalid.saying(CHECKING_PAUSED), typed);
        }
        var math = state.math();
        var meter = Work.counting();
        Verdict verdict = meter.run(() -> step.quiz().grade(math, typed));
        return judged(state.withChecking(state.checking().after(meter.used())), quiz, verdict, typed);
    }

    private static StepUpdate judged(StepUpdate state, QuizSession quiz, Verdict verdict, String answer) {
        var after = quiz.judged(verdict);
        var next = state.withSession(after).toEnd();
        if (!verdict.countsAsAttempt()) {
            return next;
        }
        var key = state.key();
        var answered = next.record(new ProgressEvent.Answered(key, answer, verdict.isCorrect()));
        if (after.answerShown() && !quiz.answerShown()) {
            return answered.record(new ProgressEvent.AnswerShown(key));
        }
        return answered;
    }
}
