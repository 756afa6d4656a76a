package dev.nudge.tutor;

import static dev.nudge.keys.KeyPattern.character;
import static dev.nudge.keys.KeyPattern.named;
import static dev.nudge.tutor.KeyAction.bind;

import dev.nudge.keys.Binding;
import dev.nudge.keys.Key;
import dev.nudge.keys.KeyPattern;
import dev.nudge.keys.Keymap;
import dev.nudge.lesson.Quiz;
import dev.nudge.lesson.Step;
import dev.nudge.math.Work;
import dev.nudge.progress.ProgressEvent;

/**
 * A quiz step: choices are picked with their number or the arrows and Enter; numbers and expressions are typed into
 * a field with proper editing. Each answer is judged at once; after three misses the answer is shown.
 */
final class QuizKeys {
    private static final String CHECKING_PAUSED = "quiz.checkingPaused";

    private QuizKeys() {
    }

    /** The quiz's keys as it stands: answered, a choice, typing into the field, or out of the field. */
    static Keymap<KeyAction> keymap(Step.QuizStep step, QuizSession quiz) {
        if (!quiz.open()) {
            return Keymap.of(bind("help.retry", (state, key) -> Update.to(state.withSession(quiz.retried())),
                    character('r'))).then(hint(quiz));
        }
        if (step.quiz() instanceof Quiz.ChoiceQuiz choice) {
            return choosing(choice, quiz).then(hint(quiz));
        }
        return quiz.typing() ? typing(step, quiz) : commands(quiz);
    }

    private static Keymap<KeyAction> hint(QuizSession quiz) {
        return Keymap.of(bind("help.hint", (state, key) -> Hints.climb(state, quiz.hints(), quiz::withHints),
                character('h')));
    }

    private static Keymap<KeyAction> choosing(Quiz.ChoiceQuiz choice, QuizSession quiz) {
        int count = choice.choices().size();
        return Keymap.of(
                bind("help.choiceMove", (state, key) -> Update.to(state.withSession(
                        quiz.highlight(Math.floorMod(quiz.highlighted() - 1, count)))), named(Key.Kind.UP)),
                bind("help.choiceMove", (state, key) -> Update.to(state.withSession(
                        quiz.highlight(Math.floorMod(quiz.highlighted() + 1, count)))), named(Key.Kind.DOWN)),
                bind("help.choiceTake", (state, key) -> answerChoice(state, choice, quiz, quiz.highlighted()),
                        named(Key.Kind.ENTER)),
                bind("help.choice", (state, key) -> answerChoice(state, choice, quiz.highlight(key.character() - '1'),
                        key.character() - '1'), Keys.firstDigits(count)));
    }

    private static Update answerChoice(TutorState state, Quiz.ChoiceQuiz choice, QuizSession quiz, int index) {
        var verdict = Grader.choice(choice, index);
        return judged(state, quiz, verdict, choice.choices().get(index).text().source());
    }

    /** While typing: printable keys go into the field; Enter submits, Esc leaves the field. */
    private static Keymap<KeyAction> typing(Step.QuizStep step, QuizSession quiz) {
        var field = quiz.field();
        return Keymap.of(
                bind("help.check", (state, key) -> submit(state, step, quiz), named(Key.Kind.ENTER)),
                bind("help.leaveField", (state, key) -> Update.to(state.withSession(quiz.typing(false))
                        .withNotice(Notice.of("notice.leftField"))), named(Key.Kind.ESCAPE)),
                edit(quiz, field.backspace(), Key.Kind.BACKSPACE),
                edit(quiz, field.delete(), Key.Kind.DELETE),
                edit(quiz, field.left(), Key.Kind.LEFT),
                edit(quiz, field.right(), Key.Kind.RIGHT),
                edit(quiz, field.home(), Key.Kind.HOME),
                edit(quiz, field.end(), Key.Kind.END),
                bind("help.clearField", (state, key) -> edited(state, quiz, InputField.empty()),
                        KeyPattern.ctrl('u')),
                bind("help.typeAnswer", (state, key) -> typed(state, quiz, key), KeyPattern.typed()))
                .then(LessonKeys.SCROLLING)
                .then(Keymap.of(bind("help.typingHere",
                        (state, key) -> Update.to(state.withNotice(Notice.of("notice.typingHere"))), KeyPattern.any())));
    }

    private static Binding<KeyAction> edit(QuizSession quiz, InputField edited, Key.Kind kind) {
        return bind("help.edit", (state, key) -> edited(state, quiz, edited), named(kind));
    }

    private static Update typed(TutorState state, QuizSession quiz, Key key) {
        if (quiz.field().full()) {
            return Update.to(state.withNotice(Notice.of("notice.answerTooLong", String.valueOf(InputField.MAX_LENGTH))));
        }
        return edited(state, quiz, quiz.field().insert(key.character()));
    }

    private static Update edited(TutorState state, QuizSession quiz, InputField field) {
        return Update.to(state.withSession(quiz.edit(field)));
    }

    /** Out of the field: Enter (or i) goes back into it; other keys are commands. */
    private static Keymap<KeyAction> commands(QuizSession quiz) {
        return Keymap.of(bind("help.intoField", (state, key) -> Update.to(state.withSession(quiz.typing(true))),
                named(Key.Kind.ENTER), character('i'))).then(hint(quiz));
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
