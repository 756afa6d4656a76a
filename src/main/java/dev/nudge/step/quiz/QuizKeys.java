package dev.nudge.step.quiz;

import dev.nudge.keys.Key;
import dev.nudge.math.Work;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.step.FieldKeys;
import dev.nudge.step.HintLadder;
import dev.nudge.step.Notice;
import dev.nudge.step.StepUpdate;
import dev.nudge.step.Verdict;
import java.util.Optional;

/**
 * A quiz step: choices are picked with their number or the arrows and Enter; numbers and expressions are typed into
 * a field with proper editing. Each answer is judged at once; after three misses the answer is shown.
 */
final class QuizKeys {
    private static final String CHECKING_PAUSED = "quiz.checkingPaused";

    private QuizKeys() {
    }

    static Optional<StepUpdate> onKey(StepUpdate state, QuizStep step, QuizSession quiz, Key key) {
        if (!quiz.open()) {
            return key.is('r') ? Optional.of(state.withSession(quiz.retried())) : hint(state, quiz, key);
        }
        if (step.quiz() instanceof Quiz.ChoiceQuiz choice) {
            return choiceKey(state, choice, quiz, key).or(() -> hint(state, quiz, key));
        }
        return quiz.typing() ? typingKey(state, step, quiz, key) : commandKey(state, quiz, key);
    }

    private static Optional<StepUpdate> hint(StepUpdate state, QuizSession quiz, Key key) {
        return key.is('h') ? Optional.of(HintLadder.climb(state, quiz.hints(), quiz::withHints)) : Optional.empty();
    }

    private static Optional<StepUpdate> choiceKey(StepUpdate state, Quiz.ChoiceQuiz choice, QuizSession quiz, Key key) {
        int count = choice.choices().size();
        switch (key.kind()) {
            case UP:
                return Optional.of(state.withSession(quiz.highlight(Math.floorMod(quiz.highlighted() - 1, count))));
            case DOWN:
                return Optional.of(state.withSession(quiz.highlight(Math.floorMod(quiz.highlighted() + 1, count))));
            case ENTER:
                return Optional.of(answerChoice(state, choice, quiz, quiz.highlighted()));
            default:
                if (key.kind() == Key.Kind.CHARACTER && !key.ctrl() && key.character() >= '1'
                        && key.character() < '1' + count) {
                    int picked = key.character() - '1';
                    return Optional.of(answerChoice(state, choice, quiz.highlight(picked), picked));
                }
                return Optional.empty();
        }
    }

    private static StepUpdate answerChoice(StepUpdate state, Quiz.ChoiceQuiz choice, QuizSession quiz, int index) {
        var verdict = Grader.choice(choice, index);
        return judged(state, quiz, verdict, choice.choices().get(index).text().source());
    }

    /** While typing: printable keys go into the field; Enter submits, Esc leaves the field. */
    private static Optional<StepUpdate> typingKey(StepUpdate state, QuizStep step, QuizSession quiz, Key key) {
        switch (key.kind()) {
            case ENTER:
                return Optional.of(submit(state, step, quiz));
            case ESCAPE:
                return Optional.of(state.withSession(quiz.typing(false)).withNotice(Notice.of("notice.leftField")));
            default:
                return FieldKeys.edit(state, quiz.field(), key, quiz::edit);
        }
    }

    /** Out of the field: Enter (or i) goes back into it; other keys are commands. */
    private static Optional<StepUpdate> commandKey(StepUpdate state, QuizSession quiz, Key key) {
        if (key.kind() == Key.Kind.ENTER || key.is('i')) {
            return Optional.of(state.withSession(quiz.typing(true)));
        }
        return hint(state, quiz, key);
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
