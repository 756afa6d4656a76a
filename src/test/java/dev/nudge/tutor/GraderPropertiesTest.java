package dev.nudge.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.lesson.Quiz;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a learner types, every quiz of the course gives a verdict and never throws. */
class GraderPropertiesTest {
    private static final List<String> PIECES = List.of("P_1", "P_0", "P1", "x", "Loss", "MSE", "f(", "f(0, P)", "(",
            ")", "^2", "^100", "+", "-", "*", "/", "\\frac{", "}{", "}", "\\times", "d/dP_1", "\\frac{dLoss}{dP_1}",
            "1e-3", "11/3", "0", "9.006001", "2", ",", "=", " ", "P₁", "²", "⋅");
    private static final List<String> ATOMS = List.of("P_1", "P_0", "x", "2", "11/3", "1e-3", "0", "9.006001",
            "Loss", "f(1, P)", "P₁");

    @Provide
    Arbitrary<RealQuizzes.Graded> quizzes() {
        return Arbitraries.of(RealQuizzes.all(Language.EN));
    }

    @Provide
    Arbitrary<RealQuizzes.Graded> typedQuizzes() {
        return Arbitraries.of(RealQuizzes.all(Language.EN)).filter(q -> !(q.quiz() instanceof Quiz.ChoiceQuiz));
    }

    @Provide
    Arbitrary<String> anything() {
        return Arbitraries.strings().all().ofMaxLength(300);
    }

    @Provide
    Arbitrary<String> nearlyMath() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> expressions() {
        return Arbitraries.recursive(() -> Arbitraries.of(ATOMS), GraderPropertiesTest::combined, 0, 5);
    }

    private static Arbitrary<String> combined(Arbitrary<String> inner) {
        return Arbitraries.oneOf(
                Combinators.combine(inner, Arbitraries.of(" + ", " - ", "*", "/", " "), inner)
                        .as((a, operator, b) -> a + operator + b),
                Combinators.combine(inner, Arbitraries.integers().between(0, 4)).as((a, k) -> "(" + a + ")^" + k),
                inner.map(a -> "-(" + a + ")"));
    }

    private static Verdict grade(RealQuizzes.Graded graded, String typed) {
        if (graded.quiz() instanceof Quiz.NumberQuiz number) {
            return Grader.number(number, graded.math(), typed);
        }
        if (graded.quiz() instanceof Quiz.ExpressionQuiz expression) {
            return Grader.expression(expression, graded.math(), typed);
        }
        return Grader.choice((Quiz.ChoiceQuiz) graded.quiz(), Math.floorMod(typed.hashCode(), 6) - 1);
    }

    @Property(tries = 500)
    void anyTextGetsAVerdict(@ForAll("quizzes") RealQuizzes.Graded quiz, @ForAll("anything") String typed) {
        assertThat(grade(quiz, typed)).isNotNull();
    }

    @Property(tries = 500)
    void textThatNearlyParsesGetsAVerdict(@ForAll("typedQuizzes") RealQuizzes.Graded quiz,
            @ForAll("nearlyMath") String typed) {
        assertThat(grade(quiz, typed)).isNotNull();
    }

    @Property(tries = 500)
    void anyExpressionGetsAVerdict(@ForAll("typedQuizzes") RealQuizzes.Graded quiz,
            @ForAll("expressions") String typed) {
        assertThat(grade(quiz, typed)).isNotNull();
    }

    @Property(tries = 100)
    void anyChoiceGetsAVerdict(@ForAll int index) {
        var quiz = RealQuizzes.quiz("loss", "what-is-mse", Quiz.ChoiceQuiz.class);
        assertThat(Grader.choice(quiz, index).isCorrect()).isEqualTo(index == 0);
    }
}
