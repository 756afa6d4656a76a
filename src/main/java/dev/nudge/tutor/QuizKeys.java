package dev.nudge.tutor;

import dev.nudge.keys.Key;
import dev.nudge.lesson.Quiz;
import dev.nudge.lesson.Step;
import dev.nudge.math.Work;
import dev.nudge.progress.ProgressEvent;
import java.util.Optional;

/**
 * A quiz step: choices are picked with their number or the arrows and Enter; numbers and expressions are typed into
 * a field with proper editing. Each answer is judged at once; after three misses the answer is shown.
 */
final class QuizKeys {
    private static final String CHECKING_PAUSED = "quiz.checkingPaused";

    private QuizKeys() {
    }

    static Optional<Update> onKey(TutorState state, Step.QuizStep step, QuizSession quiz, Key key) {
        if (!quiz.open()) {
            return key.is('r') ? Optional.of(Update.to(state.withSession(quiz.retried()))) : hint(state, quiz, key);
        }
        if (step.quiz() instanceof Quiz.ChoiceQuiz choice) {
            return choiceKey(state, choice, quiz, key).or(() -> hint(state, quiz, key));
        }
        return quiz.typing() ? Optional.of(typingKey(state, step, quiz, key)) : commandKey(state, quiz, key);
    }

    private static Optional<Update> hint(TutorState state, QuizSession quiz, Key key) {
        return key.is('h') ? Optional.of(Hints.climb(state, quiz.hints(), quiz::withHints)) : Optional.empty();
    }

    private static Optional<Update> choiceKey(TutorState state, Quiz.ChoiceQuiz choice, QuizSession quiz, Key key) {
        int count = choice.choices().size();
        switch (key.kind()) {
            case UP:
                return Optional.of(Update.to(state.withSession(quiz.highlight(Math.floorMod(quiz.highlighted() - 1, count)))));
            case DOWN:
                return Optional.of(Update.to(state.withSession(quiz.highlight(Math.floorMod(quiz.highlighted() + 1, count)))));
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

    private static Update answerChoice(TutorState state, Quiz.ChoiceQuiz choice, QuizSession quiz, int index) {
        var verdict = Grader.choice(choice, index);
        return judged(state, quiz, verdict, choice.choices().get(index).text().source());
    }

    /** While typing: printable keys go into the field; Enter submits, Esc leaves the field. */
    private static Update typingKey(TutorState state, Step.QuizStep step, QuizSession quiz, Key key) {
        var field = quiz.field();
        switch (key.kind()) {
            case ENTER:
                return submit(state, step, quiz);
            case ESCAPE:
                return Update.to(state.withSession(quiz.typing(false)).withNotice(Notice.of("notice.leftField")));
            case BACKSPACE:
                return edited(state, quiz, field.backspace());
            case DELETE:
                return edited(state, quiz, field.delete());
            case LEFT:
                return edited(state, quiz, field.left());
            case RIGHT:
                return edited(state, quiz, field.right());
            case HOME:
                return edited(state, quiz, field.home());
            case END:
                return edited(state, quiz, field.end());
            case CHARACTER:
                return typed(state, quiz, key);
            default:
                return LessonKeys.scrolling(state, key)
                        .orElseGet(() -> Update.to(state.withNotice(Notice.of("notice.typingHere"))));
        }
    }

    private static Update typed(TutorState state, QuizSession quiz, Key key) {
        if (key.ctrl() && key.character() == 'u') {
            return edited(state, quiz, InputField.empty());
        }
        if (key.ctrl()) {
            return Update.to(state.withNotice(Notice.of("notice.typingHere")));
        }
        if (quiz.field().full()) {
            return Update.to(state.withNotice(Notice.of("notice.answerTooLong", String.valueOf(InputField.MAX_LENGTH))));
        }
        return edited(state, quiz, quiz.field().insert(key.character()));
    }

    private static Update edited(TutorState state, QuizSession quiz, InputField field) {
        return Update.to(state.withSession(quiz.edit(field)));
    }

    /** Out of the field: Enter (or i) goes back into it; other keys are commands. */
    private static Optional<Update> commandKey(TutorState state, QuizSession quiz, Key key) {
        if (key.kind() == Key.Kind.ENTER || key.is('i')) {
            return Optional.of(Update.to(state.withSession(quiz.typing(true))));
        }
        return hint(state, quiz, key);
    }

    /** Checks the typed answer, unless the session has spent its budget for checking; counts the work it took. */
    private static Update submit(TutorState state, Step.QuizStep step, QuizSession quiz) {
        var typed = quiz.field().text();
        if (state.checking().exhausted()) {
            return judged(state, quiz, Verdict.Invalid.saying(CHECKING_PAUSED), typed);
        }
        var math = state.book().math(state.language(), state.place().lesson());
        var meter = Work.counting();
        Verdict verdict = meter.run(() -> step.quiz() instanceof Quiz.NumberQuiz number
                ? Grader.number(number, math, typed)
                : Grader.expression((Quiz.ExpressionQuiz) step.quiz(), math, typed));
        return judged(state.withChecking(state.checking().after(meter.used())), quiz, verdict, typed);
    }

    private static Update judged(TutorState state, QuizSession quiz, Verdict verdict, String answer) {
        var after = quiz.judged(verdict);
        var next = state.withSession(after).withScroll(state.scroll().toEnd());
        if (!verdict.countsAsAttempt()) {
            return Update.to(next);
        }
        var key = state.book().key(state.place());
        var answered = Moves.record(next, new ProgressEvent.Answered(key, answer, verdict.isCorrect()));
        if (after.answerShown() && !quiz.answerShown()) {
            var shown = Moves.record(answered.state(), new ProgressEvent.AnswerShown(key));
            return new Update(shown.state(), answered.effects()).and(shown.effects().toArray(new Effect[0]));
        }
        return answered;
    }
}
