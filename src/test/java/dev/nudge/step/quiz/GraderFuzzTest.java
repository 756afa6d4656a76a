package dev.nudge.step.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.fuzz.BoundedFuzz;
import dev.nudge.fuzz.Mutations;
import dev.nudge.i18n.Language;
import dev.nudge.step.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The grader on random typed answers to every quiz of the real course: random token strings, the quizzes' own
 * answers and known mistakes edited at random, and random characters. The grader is total: it never throws, and
 * each answer is judged within the bound on one answer's work (generously timed here, on a shared machine).
 */
class GraderFuzzTest {
    private static final List<RealQuizzes.Graded> QUIZZES = RealQuizzes.all(Language.EN);
    private static final List<String> VOCABULARY = List.of("P_1", "P_0", "P1", "x", "Loss", "MSE", "f(", "f(0, P)",
            "sqrt(", "(", ")", "^2", "^100", ")^100", "+", "-", "*", "/", "\\frac{", "}{", "}", "\\times", "d/dP_1",
            "\\frac{dLoss}{dP_1}", "1e-3", "1e999", "11/3", "0", "9.006001", "2", ",", "=", " ", "P₁", "²", "⋅", "\t",
            "\u0007", "é");
    private static final List<String> OWN_ANSWERS = ownAnswers();
    private static final BoundedFuzz RUN = new BoundedFuzz(1_202_612L, 1200, Duration.ofSeconds(2), 256L << 20,
            List.of());

    private static List<String> ownAnswers() {
        var answers = new ArrayList<String>();
        for (var graded : QUIZZES) {
            if (graded.quiz() instanceof Quiz.NumberQuiz number) {
                answers.add(number.answer().text());
                number.mistakes().stream().map(Mistake::answer).forEach(a -> answers.add(a.text()));
            } else if (graded.quiz() instanceof Quiz.ExpressionQuiz expression) {
                answers.add(expression.answer().text());
                expression.mistakes().stream().map(Mistake::answer).forEach(a -> answers.add(a.text()));
            }
        }
        return answers;
    }

    /** A quiz of the course and an answer to it. */
    private record Attempt(RealQuizzes.Graded quiz, String typed) {
    }

    private static Attempt attempt(SplittableRandom random) {
        var quiz = QUIZZES.get(random.nextInt(QUIZZES.size()));
        String typed;
        switch (random.nextInt(3)) {
            case 0:
                typed = Mutations.tokens(random, VOCABULARY, 25);
                break;
            case 1:
                typed = Mutations.mutated(random, OWN_ANSWERS, VOCABULARY);
                break;
            default:
                typed = random.ints(random.nextInt(40), 0, 0x3100).collect(StringBuilder::new,
                        StringBuilder::appendCodePoint, StringBuilder::append).toString();
        }
        return new Attempt(quiz, typed);
    }

    private static void grade(Attempt attempt) {
        var math = attempt.quiz().math();
        Verdict verdict;
        if (attempt.quiz().quiz() instanceof Quiz.NumberQuiz number) {
            verdict = Grader.number(number, math, attempt.typed());
        } else if (attempt.quiz().quiz() instanceof Quiz.ExpressionQuiz expression) {
            verdict = Grader.expression(expression, math, attempt.typed());
        } else {
            verdict = Grader.choice((Quiz.ChoiceQuiz) attempt.quiz().quiz(), attempt.typed().length() - 1);
        }
        assertThat(verdict).isNotNull();
    }

    @Test
    void randomAnswersToEveryQuizGetAVerdictInBoundedTime() {
        assertThat(RUN.run(GraderFuzzTest::attempt, GraderFuzzTest::grade)).as("no exception at all").isZero();
    }
}
