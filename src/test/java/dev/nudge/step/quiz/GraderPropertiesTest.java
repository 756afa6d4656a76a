package dev.nudge.step.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.nudge.i18n.Language;
import dev.nudge.step.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.impl.Constraint;

/** Whatever a learner types, every quiz of the course gives a verdict and never throws. */
class GraderPropertiesTest {
    private static final long SEED = 0x5EED_2026_0002L;
    private static final List<String> PIECES = List.of("P_1", "P_0", "P1", "x", "Loss", "MSE", "f(", "f(0, P)", "(",
            ")", "^2", "^100", "+", "-", "*", "/", "\\frac{", "}{", "}", "\\times", "d/dP_1", "\\frac{dLoss}{dP_1}",
            "1e-3", "11/3", "0", "9.006001", "2", ",", "=", " ", "P₁", "²", "⋅");
    private static final List<String> ATOMS = List.of("P_1", "P_0", "x", "2", "11/3", "1e-3", "0", "9.006001",
            "Loss", "f(1, P)", "P₁");
    private static final int MAX_DEPTH = 5;

    private static Gen<RealQuizzes.Graded> quizzes() {
        return Generate.pick(RealQuizzes.all(Language.EN));
    }

    private static Gen<RealQuizzes.Graded> typedQuizzes() {
        return Generate.pick(RealQuizzes.all(Language.EN).stream()
                .filter(q -> !(q.quiz() instanceof Quiz.ChoiceQuiz)).toList());
    }

    /** Up to 300 characters, each any UTF-16 unit but a surrogate, a noncharacter or one of the private use area. */
    private static Gen<String> anything() {
        return lists().of(textCharacters()).ofSizeBetween(0, 300)
                .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    /** A character of U+0000..U+FFFF outside the surrogates, the private use area and the noncharacters. */
    private static Gen<Character> textCharacters() {
        int[][] ranges = {{0x0000, 0xD7FF}, {0xF900, 0xFDCF}, {0xFDF0, 0xFFFD}};
        int total = 0;
        for (var range : ranges) {
            total += range[1] - range[0] + 1;
        }
        var size = total;
        return in -> {
            long index = in.next(Constraint.between(0, size - 1));
            for (var range : ranges) {
                int width = range[1] - range[0] + 1;
                if (index < width) {
                    return (char) (range[0] + index);
                }
                index -= width;
            }
            throw new AssertionError(index);
        };
    }

    private static Gen<String> nearlyMath() {
        return lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 40).map(pieces -> String.join("", pieces));
    }

    /** Expressions nested 0 to 5 levels deep over {@link #ATOMS}. */
    private static Gen<String> expressions() {
        var byDepth = new ArrayList<Gen<String>>();
        byDepth.add(Generate.pick(ATOMS));
        for (int depth = 1; depth <= MAX_DEPTH; depth++) {
            byDepth.add(combined(byDepth.get(depth - 1)));
        }
        return Generate.range(0, MAX_DEPTH).flatMap(byDepth::get);
    }

    private static Gen<String> combined(Gen<String> inner) {
        return Generate.oneOf(
                inner.zip(Generate.pick(List.of(" + ", " - ", "*", "/", " ")), inner,
                        (a, operator, b) -> a + operator + b),
                inner.zip(integers().between(0, 4), (a, k) -> "(" + a + ")^" + k),
                inner.map(a -> "-(" + a + ")"));
    }

    /** Any int, with small ones and the extremes drawn often. */
    private static Gen<Integer> anyInt() {
        return Generate.oneOf(integers().all(), integers().between(-10, 10),
                Generate.pick(List.of(Integer.MIN_VALUE, Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1,
                        Integer.MAX_VALUE)));
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

    @Test
    void anyTextGetsAVerdict() {
        qt().withFixedSeed(SEED).withExamples(510).forAll(quizzes(), anything())
                .checkAssert((quiz, typed) -> assertThat(grade(quiz, typed)).isNotNull());
    }

    @Test
    void textThatNearlyParsesGetsAVerdict() {
        qt().withFixedSeed(SEED).withExamples(510).forAll(typedQuizzes(), nearlyMath())
                .checkAssert((quiz, typed) -> assertThat(grade(quiz, typed)).isNotNull());
    }

    @Test
    void anyExpressionGetsAVerdict() {
        qt().withFixedSeed(SEED).withExamples(600).forAll(typedQuizzes(), expressions())
                .checkAssert((quiz, typed) -> assertThat(grade(quiz, typed)).isNotNull());
    }

    @Test
    void anyChoiceGetsAVerdict() {
        var quiz = RealQuizzes.quiz("loss", "what-is-mse", Quiz.ChoiceQuiz.class);
        qt().withFixedSeed(SEED).withExamples(250).forAll(anyInt())
                .checkAssert(index -> assertThat(Grader.choice(quiz, index).isCorrect()).isEqualTo(index == 0));
    }
}
