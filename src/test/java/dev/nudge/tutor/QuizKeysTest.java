package dev.nudge.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.keys.Key;
import dev.nudge.layout.Glyphs;
import dev.nudge.layout.Line;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Writing;
import dev.nudge.progress.Progress;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;
import dev.nudge.step.InputField;
import dev.nudge.step.Notice;
import dev.nudge.step.Verdict;
import dev.nudge.step.quiz.QuizSession;
import dev.nudge.step.quiz.ShownChoices;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quizzes in the pure tutor: every kind, feedback, misses, hints, retries and keys while typing. */
class QuizKeysTest {
    private final List<Effect> effects = new ArrayList<>();
    private TutorState state;

    private QuizKeysTest at(String lesson, String step) {
        state = TestCourse.at(Language.EN, lesson, step);
        return this;
    }

    private QuizKeysTest press(Key... keys) {
        for (var key : keys) {
            var update = Tutor.update(state, new Event.KeyPressed(key));
            state = update.state();
            effects.addAll(update.effects());
        }
        return this;
    }

    private QuizKeysTest type(String text) {
        text.chars().forEach(c -> press(Key.character((char) c)));
        return this;
    }

    private QuizKeysTest enter() {
        return press(Key.of(Key.Kind.ENTER));
    }

    private QuizSession quiz() {
        return (QuizSession) state.session();
    }

    private List<ProgressEvent> recorded() {
        return effects.stream().filter(Effect.Record.class::isInstance).map(e -> ((Effect.Record) e).event())
                .filter(e -> !(e instanceof ProgressEvent.Visited)).toList();
    }

    @Test
    void aNumberQuizIsTypedAndJudged() {
        at("nudge", "nudge-up").type("9.006001").enter();
        assertThat(quiz().solved()).isTrue();
        assertThat(quiz().last()).hasValueSatisfying(v -> assertThat(v.isCorrect()).isTrue());
        assertThat(recorded()).containsExactly(new ProgressEvent.Answered(new StepKey("nudge", "nudge-up"), "9.006001", true));
    }

    @Test
    void aKnownMistakeGetsTheLessonsOwnExplanation() {
        at("nudge", "nudge-up").type("9.006").enter();
        var verdict = (Verdict.Wrong) quiz().last().orElseThrow();
        assertThat(verdict.explanation()).hasValueSatisfying(text -> assertThat(text.source()).startsWith("Close"));
        assertThat(quiz().misses()).isEqualTo(1);
        assertThat(quiz().typing()).isTrue();
    }

    @Test
    void garbageKeepsThePlaceAndCostsNoAttempt() {
        at("nudge", "nudge-up").type("nine").enter();
        assertThat(quiz().last()).hasValueSatisfying(v -> assertThat(v).isInstanceOf(Verdict.Invalid.class));
        assertThat(quiz().misses()).isZero();
        assertThat(quiz().field().text()).isEqualTo("nine");
        assertThat(recorded()).isEmpty();
    }

    @Test
    void theFieldEditsWithTheUsualKeys() {
        at("derivative", "differentiate").type("2P_1+4")
                .press(Key.of(Key.Kind.HOME), Key.of(Key.Kind.DELETE), Key.of(Key.Kind.END), Key.of(Key.Kind.BACKSPACE))
                .press(Key.of(Key.Kind.LEFT)).type("*");
        assertThat(quiz().field().text()).isEqualTo("P_1*+");
    }

    @Test
    void anExpressionIsGradedByEquivalence() {
        at("derivative", "differentiate").type("4 + 2*P1").enter();
        assertThat(quiz().solved()).isTrue();
    }

    @Test
    void threeMissesShowTheAnswer() {
        at("derivative", "slope-now").type("5").enter().type("7").enter().type("8").enter();
        assertThat(quiz().answerShown()).isTrue();
        assertThat(quiz().open()).isFalse();
        assertThat(recorded()).hasSize(4).last().isEqualTo(new ProgressEvent.AnswerShown(new StepKey("derivative",
                "slope-now")));
    }

    @Test
    void aChoiceIsPickedByNumberOrByArrowsAndEnter() {
        at("loss", "what-is-mse");
        var wrong = ShownChoices.wrong(quiz());
        type(wrong);
        assertThat(quiz().last()).hasValueSatisfying(v -> assertThat(v.isCorrect()).isFalse());
        assertThat(quiz().highlighted()).isEqualTo(Integer.parseInt(wrong) - 1);
        int right = Integer.parseInt(ShownChoices.right(quiz())) - 1;
        while (quiz().highlighted() != right) {
            press(Key.of(Key.Kind.DOWN));
        }
        enter();
        assertThat(quiz().solved()).isTrue();
        assertThat(recorded()).extracting(e -> ((ProgressEvent.Answered) e).correct()).containsExactly(false, true);
    }

    @Test
    void lettersAreTypedNotCommandsWhileTyping() {
        at("derivative", "differentiate").type("qtl?");
        assertThat(quiz().field().text()).isEqualTo("qtl?");
        assertThat(state.page()).isEqualTo(Page.LESSON);
        assertThat(effects).noneMatch(Effect.Quit.class::isInstance);
        press(Key.of(Key.Kind.ESCAPE));
        assertThat(quiz().typing()).isFalse();
        assertThat(state.notice()).contains(Notice.of("notice.leftField"));
        press(Key.character('h'));
        assertThat(quiz().hints()).isEqualTo(1);
        enter();
        assertThat(quiz().typing()).isTrue();
        assertThat(Tutor.update(state, new Event.KeyPressed(Key.ctrl('c'))).quits()).isTrue();
    }

    @Test
    void aVeryLongPasteStopsAtTheLimitWithANotice() {
        at("derivative", "differentiate").type("1".repeat(InputField.MAX_LENGTH + 5));
        assertThat(quiz().field().text()).hasSize(InputField.MAX_LENGTH);
        assertThat(state.notice()).contains(Notice.of("notice.answerTooLong", String.valueOf(InputField.MAX_LENGTH)));
    }

    @Test
    void aSolvedQuizCanBeRetriedAndMovesOnWithNext() {
        at("nudge", "nudge-up").type("9.006001").enter();
        press(Key.character('r'));
        assertThat(quiz().open()).isTrue();
        assertThat(quiz().field().text()).isEmpty();
        type("9.006001").enter().enter();
        assertThat(state.place()).isEqualTo(TestCourse.book().place(new StepKey("nudge", "went-up")).orElseThrow());
    }

    @Test
    void aQuizSolvedInAnEarlierSittingShowsAsSolved() {
        var key = new StepKey("nudge", "nudge-up");
        var progress = Progress.NONE.after(new ProgressEvent.Answered(key, "9.006001", true));
        var place = TestCourse.book().place(key).orElseThrow();
        var returning = Moves.goTo(TutorState.start(TestCourse.book(), Language.EN, progress), place).state();
        assertThat(((QuizSession) returning.session()).solved()).isTrue();
    }

    @Test
    void theScoreCountsQuizzesRightAtTheFirstTry() {
        at("nudge", "nudge-up").type("9").enter().press(Key.ctrl('u')).type("9.006001").enter();
        var step = state.progress().of(new StepKey("nudge", "nudge-up"));
        assertThat(step.solved()).isTrue();
        assertThat(step.firstTry()).isFalse();
        assertThat(step.attempts()).isEqualTo(2);
    }

    @Test
    void anAnswerTypedInFullWidthFormsIsReadAsItsAsciiForm() {
        var state = FixtureCourse.after(FixtureCourse.at(Language.JA, "slope", "slope"), "２Ｐ＿１　＋　４>");
        var quiz = (QuizSession) state.session();
        assertThat(quiz.field().text()).isEqualTo("2P_1 + 4");
        assertThat(quiz.solved()).isTrue();
    }

    @Test
    void aQuizSolvedBeforeNoLongerSaysThatEnterTypes() {
        var key = new StepKey("slope", "loss-now");
        var progress = Progress.NONE.after(new ProgressEvent.Answered(key, "9", true));
        var start = TutorState.start(FixtureCourse.book(), Language.EN, progress);
        var state = Moves.goTo(start, start.book().place(key).orElseThrow()).state();
        var glyphs = Glyphs.UNICODE;
        var text = state.session().lines(new Writing(Language.EN, glyphs),
                new ProseLayout(state.book().math(Language.EN, state.place().lesson()), glyphs, 80,
                        false)).stream().map(Line::text).toList();
        assertThat(String.join("\n", text)).contains("You answered this rightly before.")
                .doesNotContain("(press Enter to type)");
    }
}
