package dev.nudge.step.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.nudge.fuzz.TextGen;
import dev.nudge.i18n.Language;
import dev.nudge.layout.Glyphs;
import dev.nudge.layout.Writing;
import dev.nudge.lesson.KnownAnswers;
import dev.nudge.step.Notice;
import dev.nudge.step.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Whatever a learner types, every quiz of the course gives a verdict they can read and never throws; the answer is
 * accepted however it is padded, and an answer changed by a whole number is refused.
 */
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

    private static Gen<String> anything() {
        return TextGen.upTo(300);
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

    /**
     * Whatever is typed, the verdict is one a learner can read: right, or wrong or refused with an explanation or an
     * interface text that exists in both languages with every argument it names filled in.
     */
    private static void assertReadable(Verdict verdict) {
        verdict.accept(new Verdict.Visitor<Void>() {
            @Override
            public Void correct(Verdict.Correct correct) {
                return null;
            }

            @Override
            public Void wrong(Verdict.Wrong wrong) {
                wrong.message().ifPresent(GraderPropertiesTest::assertReadable);
                return null;
            }

            @Override
            public Void invalid(Verdict.Invalid invalid) {
                assertReadable(invalid.message());
                return null;
            }
        });
    }

    private static void assertReadable(Notice notice) {
        for (var language : Language.values()) {
            assertThat(notice.text(new Writing(language, Glyphs.choose(false, language))))
                    .as("%s in %s", notice.messageKey(), language).isNotBlank().doesNotContainPattern("\\{\\d+\\}");
        }
    }

    /** Spaces and tabs a learner may leave around an answer. */
    private static Gen<String> padding() {
        return lists().of(Generate.pick(List.of(" ", "\t", "  "))).ofSizeBetween(0, 3).map(p -> String.join("", p));
    }

    @Test
    void anyTextGetsAVerdictALearnerCanRead() {
        qt().withFixedSeed(SEED).withExamples(510).forAll(quizzes(), anything())
                .checkAssert((quiz, typed) -> assertReadable(grade(quiz, typed)));
    }

    @Test
    void textThatNearlyParsesGetsAVerdictALearnerCanRead() {
        qt().withFixedSeed(SEED).withExamples(510).forAll(typedQuizzes(), nearlyMath())
                .checkAssert((quiz, typed) -> assertReadable(grade(quiz, typed)));
    }

    @Test
    void theAnswerIsAcceptedHoweverItIsPadded() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(typedQuizzes(), padding(), padding())
                .checkAssert((quiz, before, after) -> assertThat(
                        grade(quiz, before + KnownAnswers.typed(quiz.quiz(), quiz.math()) + after).isCorrect())
                        .as("%s with %s around it", quiz, "'" + before + "'/'" + after + "'").isTrue());
    }

    /** The answer with {@code change} added: a number moved by it, or an expression with it as a further term. */
    private static String changed(RealQuizzes.Graded quiz, int change) {
        var answer = KnownAnswers.typed(quiz.quiz(), quiz.math());
        if (quiz.quiz() instanceof Quiz.NumberQuiz) {
            return quiz.math().evaluate("(" + answer + ") + (" + change + ")", List.of()).toString();
        }
        return answer + (change > 0 ? " + " : " - ") + Math.abs(change);
    }

    @Test
    void anAnswerChangedByAWholeNumberIsRefusedAndCounts() {
        var changes = Generate.oneOf(integers().between(1, 1_000), integers().between(-1_000, -1));
        qt().withFixedSeed(SEED).withExamples(300).forAll(typedQuizzes(), changes)
                .checkAssert((quiz, change) -> {
                    var verdict = grade(quiz, changed(quiz, change));
                    assertThat(verdict.isCorrect()).as("%s changed by %s", quiz, change).isFalse();
                    assertThat(verdict.countsAsAttempt()).as("%s changed by %s", quiz, change).isTrue();
                });
    }

    @Test
    void anyExpressionGetsAVerdictALearnerCanRead() {
        qt().withFixedSeed(SEED).withExamples(600).forAll(typedQuizzes(), expressions())
                .checkAssert((quiz, typed) -> assertReadable(grade(quiz, typed)));
    }

    @Test
    void anyChoiceGetsAVerdict() {
        var quiz = RealQuizzes.quiz("loss", "what-is-mse", Quiz.ChoiceQuiz.class);
        qt().withFixedSeed(SEED).withExamples(250).forAll(anyInt())
                .checkAssert(index -> assertThat(Grader.choice(quiz, index).isCorrect()).isEqualTo(index == 0));
    }
}
