package dev.nudge.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.keys.Key;
import dev.nudge.math.MathException;
import dev.nudge.math.MathProblem;
import dev.nudge.step.CheckingBudget;
import dev.nudge.step.Notice;
import dev.nudge.step.Verdict;
import dev.nudge.step.quiz.Grader;
import dev.nudge.step.quiz.Quiz;
import dev.nudge.step.quiz.QuizSession;
import dev.nudge.step.quiz.RealQuizzes;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Checking a typed answer is bounded in work, however far the answer expands, and a session's checking is bounded in
 * total: an answer such as {@code ((P_1+1)^100)^100}, typed again and again, can no longer keep a core busy.
 */
class CheckingBoundsTest {
    /** Expands to 10001 terms of up to 3000 digits: minutes of work for 300 of them before the bound. */
    private static final String EXPLODING = "((P_1+1)^100)^100";
    /** Short to write, but each check of it spends the whole budget of one answer. */
    private static final String EXPENSIVE = String.join("+", java.util.Collections.nCopies(5, "((P_1+3)^100)^50"));

    private TutorState state = TestCourse.at(Language.EN, "loss-of-parameters", "expand");

    private void answer(String typed) {
        press(Key.ctrl('u'));
        typed.chars().forEach(c -> press(Key.character((char) c)));
        press(Key.of(Key.Kind.ENTER));
    }

    private void press(Key key) {
        state = Tutor.update(state, new Event.KeyPressed(key)).state();
    }

    private Verdict last() {
        return ((QuizSession) state.session()).last().orElseThrow();
    }

    @Test
    void anAnswerWhoseExpansionExplodesIsTooLargeToCheck() {
        var quiz = RealQuizzes.quiz("loss-of-parameters", "expand", Quiz.ExpressionQuiz.class);
        long start = System.nanoTime();
        var verdict = Grader.expression(quiz, RealQuizzes.math("loss-of-parameters"), EXPLODING);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(verdict).isEqualTo(Verdict.Invalid.quoting("quiz.tooLarge",
                MathException.of(MathProblem.NUMBER_TOO_LARGE, 32768)));
    }

    @Test
    void threeHundredExplodingAnswersThroughTheTutorTakeUnderFiveSeconds() {
        long start = System.nanoTime();
        for (int i = 0; i < 300; i++) {
            answer(EXPLODING);
            assertThat(last()).isInstanceOf(Verdict.Invalid.class);
            assertThat(((Verdict.Invalid) last()).message().messageKey()).isEqualTo("quiz.tooLarge");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(((QuizSession) state.session()).misses()).as("a check refused costs no attempt").isZero();
    }

    @Test
    void anAnswerPastTheWorkOfOneCheckIsStoppedThere() {
        answer(EXPENSIVE);
        var verdict = (Verdict.Invalid) last();
        assertThat(verdict.message().messageKey()).isEqualTo("quiz.tooLarge");
        assertThat(verdict.message().parts()).containsExactly(new Notice(MathProblem.TOO_MANY_STEPS.messageKey(),
                java.util.List.of("1000000")));
        assertThat(state.checking().used()).isGreaterThanOrEqualTo(CheckingBudget.PER_ANSWER)
                .isLessThan(CheckingBudget.PER_ANSWER + CheckingBudget.PER_ANSWER / 10);
    }

    @Test
    void aSessionThatSpentItsBudgetNoLongerChecksTypedAnswers() {
        state = state.withChecking(new CheckingBudget(CheckingBudget.PER_SESSION - CheckingBudget.PER_ANSWER / 2));
        answer(EXPENSIVE);
        assertThat(state.checking().exhausted()).isTrue();
        answer("P_1^2 + 4P_1 + 4");
        assertThat(last()).isEqualTo(Verdict.Invalid.saying("quiz.checkingPaused"));
        assertThat(((QuizSession) state.session()).solved()).isFalse();
    }

    @Test
    void ordinaryAnswersCostAFractionOfTheBudget() {
        answer("P_1^2 + 4P_1 + 4");
        assertThat(last().isCorrect()).isTrue();
        assertThat(state.checking().used()).isPositive().isLessThan(CheckingBudget.PER_ANSWER / 100);
    }
}
