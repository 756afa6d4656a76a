package dev.nudge.step.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nudge.i18n.Language;
import dev.nudge.i18n.Messages;
import dev.nudge.lesson.LessonMath;
import dev.nudge.layout.Glyphs;
import dev.nudge.layout.Writing;
import dev.nudge.lesson.RichText;
import dev.nudge.math.MathException;
import dev.nudge.math.MathProblem;
import dev.nudge.step.Notice;
import dev.nudge.step.Verdict;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The grader on the quizzes of the real course. */
class GraderTest {
    private static final Quiz.ChoiceQuiz WHAT_IS_MSE = RealQuizzes.quiz("loss", "what-is-mse", Quiz.ChoiceQuiz.class);
    private static final Quiz.NumberQuiz NUDGE_UP = RealQuizzes.quiz("nudge", "nudge-up", Quiz.NumberQuiz.class);
    private static final LessonMath NUDGE = RealQuizzes.math("nudge");
    private static final Quiz.NumberQuiz MSE_ALL = RealQuizzes.quiz("all-points", "mse-all", Quiz.NumberQuiz.class);
    private static final LessonMath ALL_POINTS = RealQuizzes.math("all-points");
    private static final Quiz.ExpressionQuiz EXPAND =
            RealQuizzes.quiz("loss-of-parameters", "expand", Quiz.ExpressionQuiz.class);
    private static final LessonMath LOSS_OF_PARAMETERS = RealQuizzes.math("loss-of-parameters");
    private static final Quiz.ExpressionQuiz DIFFERENTIATE =
            RealQuizzes.quiz("derivative", "differentiate", Quiz.ExpressionQuiz.class);
    private static final LessonMath DERIVATIVE = RealQuizzes.math("derivative");
    private static final String TEN_THOUSAND = "9".repeat(10_000);

    private static Verdict nudgeUp(String typed) {
        return Grader.number(NUDGE_UP, NUDGE, typed);
    }

    private static Verdict mseAll(String typed) {
        return Grader.number(MSE_ALL, ALL_POINTS, typed);
    }

    private static Verdict expand(String typed) {
        return Grader.expression(EXPAND, LOSS_OF_PARAMETERS, typed);
    }

    private static Verdict differentiate(String typed) {
        return Grader.expression(DIFFERENTIATE, DERIVATIVE, typed);
    }

    /** The lesson's explanation of a wrong answer, as its author wrote it. */
    private static String explanation(Verdict verdict) {
        assertThat(verdict).isInstanceOf(Verdict.Wrong.class);
        return ((Verdict.Wrong) verdict).explanation().map(RichText::source).orElseThrow();
    }

    private static Verdict wrong(String key, String... arguments) {
        return Verdict.Wrong.saying(key, arguments);
    }

    private static Verdict invalid(String key, String... arguments) {
        return Verdict.Invalid.saying(key, arguments);
    }

    /** Invalid, quoting the math engine's {@code problem} with {@code arguments}. */
    private static Verdict quoting(String key, MathProblem problem, String... arguments) {
        return Verdict.Invalid.quoting(key, MathException.of(problem, (Object[]) arguments));
    }

    // choice

    @Test
    void theRightChoiceIsCorrect() {
        assertThat(Grader.choice(WHAT_IS_MSE, 0)).isEqualTo(new Verdict.Correct());
    }

    @Test
    void aWrongChoiceCarriesItsOwnExplanation() {
        assertThat(explanation(Grader.choice(WHAT_IS_MSE, 1))).isEqualTo(
                "Without squaring, gaps above and below the answers cancel, and a bad network could score 0.");
        assertThat(explanation(Grader.choice(WHAT_IS_MSE, 3))).startsWith("The order matters: averaging first");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 4, Integer.MAX_VALUE})
    void aChoiceThatIsNotThereIsInvalid(int index) {
        assertThat(Grader.choice(WHAT_IS_MSE, index)).isEqualTo(invalid("quiz.noSuchChoice", "4"));
    }

    // number

    @ParameterizedTest
    @ValueSource(strings = {"9.006001", " 9.006001 ", "9006001/1000000", "(1.001 + 2)^2", "9.0060010", "9.006001\n"})
    void theExactLossIsCorrectInAnyNotation(String typed) {
        assertThat(nudgeUp(typed)).isEqualTo(new Verdict.Correct());
    }

    @ParameterizedTest
    @ValueSource(strings = {"11/3", "3.667", "3.663", "\\frac{11}{3}", " 11 / 3 "})
    void aFractionOrAValueWithinTheToleranceIsCorrect(String typed) {
        assertThat(mseAll(typed)).isEqualTo(new Verdict.Correct());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "9.006    | Close, but the last digits are missing: squaring also produces a tiny piece, 0.001 times 0.001.",
        "0.006001 | That is how much the loss rose. The question asks for the loss itself.",
        "9        | That is the loss before the nudge; $P_1$ has moved since.",
        "9.000001 | The middle term of the square is missing: $(a + b)^2$ has $2ab$ in it."})
    void eachLikelyMistakeGetsItsExplanation(String typed, String explanation) {
        assertThat(explanation(nudgeUp(typed))).isEqualTo(explanation.replace("$P_1$", "P_1")
                .replace("$(a + b)^2$", "(a + b)^2").replace("$2ab$", "2ab"));
    }

    @Test
    void aMistakeMatchesWithinTheTolerance() {
        assertThat(explanation(mseAll("11.004"))).startsWith("That is the sum of the squares.");
        assertThat(explanation(mseAll("1"))).startsWith("That averages the gaps before squaring them");
        assertThat(explanation(mseAll("9"))).startsWith("That is only the point at ");
    }

    @Test
    void otherWrongNumbersAreTooHighOrTooLow() {
        assertThat(nudgeUp("10")).isEqualTo(wrong("quiz.tooHigh"));
        assertThat(nudgeUp("9.0061")).isEqualTo(wrong("quiz.tooHigh"));
        assertThat(nudgeUp("1e-3")).isEqualTo(wrong("quiz.tooLow"));
        assertThat(nudgeUp("-2/3")).isEqualTo(wrong("quiz.tooLow"));
        assertThat(mseAll("3.66")).isEqualTo(wrong("quiz.tooLow"));
        assertThat(mseAll("3.672")).isEqualTo(wrong("quiz.tooHigh"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9.oo6", "nine", "P_1", "P_1 - P_1", "9x", "(((((", "9 = 9", "f(0, P)", "1e99999"})
    void lettersAndGarbageAreNotANumber(String typed) {
        assertThat(nudgeUp(typed)).isEqualTo(invalid("quiz.notNumber"));
    }

    @Test
    void aNumberWithoutAValueSaysWhy() {
        assertThat(nudgeUp("1/0")).isEqualTo(quoting("quiz.noValue", MathProblem.DIVISION_BY_ZERO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void anEmptyNumberAsksForOne(String typed) {
        assertThat(nudgeUp(typed)).isEqualTo(invalid("quiz.emptyNumber"));
        assertThat(nudgeUp(null)).isEqualTo(invalid("quiz.emptyNumber"));
    }

    @Test
    void aHugePasteIsTooLong() {
        assertThat(nudgeUp(TEN_THOUSAND)).isEqualTo(invalid("quiz.tooLong", "200"));
        assertThat(differentiate(TEN_THOUSAND)).isEqualTo(invalid("quiz.tooLong", "200"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9.006\u001b[A001", "9\t006001", "2P_1\u0000+4", "9.00\u0301", "2P_1\r\n+ 4"})
    void controlCharactersInsideAnAnswerAreInvalid(String typed) {
        assertThat(nudgeUp(typed)).isEqualTo(invalid("quiz.unprintable"));
        assertThat(differentiate(typed)).isEqualTo(invalid("quiz.unprintable"));
    }

    // expression

    @ParameterizedTest
    @ValueSource(strings = {"2P_1+4", "2*P1 + 4", "4 + 2P_1", "2 \\times P_1 + 4", "2(P_1 + 2)", "2P₁ + 4",
        "P_1 + P_1 + 4"})
    void everyEquivalentFormOfTheDerivativeIsCorrect(String typed) {
        assertThat(differentiate(typed)).isEqualTo(new Verdict.Correct());
    }

    @ParameterizedTest
    @ValueSource(strings = {"P_1^2+4P_1+4", "4 + 4P_1 + P_1^2", "P_1^2 + 4 \\times P_1 + 4", "P_1*P_1 + 4*P1 + 4"})
    void theExpandedLossIsCorrect(String typed) {
        assertThat(expand(typed)).isEqualTo(new Verdict.Correct());
    }

    @ParameterizedTest
    @ValueSource(strings = {"(P_1+2)^2", "(P_1+2)(P_1+2)", "((P_1 + 2))^2", "(P_1^2 + 4P_1 + 4) \\times 1"})
    void theLossUnexpandedIsEqualButNotAccepted(String typed) {
        assertThat(expand(typed)).isEqualTo(invalid("quiz.notExpanded"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "expand        | P_1^2 + 4        | is not $a^2 + b^2$: the middle term $2ab$ is missing.",
        "expand        | P_1^2 + 2P_1 + 4 | The middle term is twice the product of the two parts",
        "expand        | P_1^2 - 4P_1 + 4 | Watch the signs: subtracting -2 means adding 2",
        "expand        | (P_1 - 2)^2      | Watch the signs: subtracting -2 means adding 2",
        "expand        | P_1 + 2          | That is the gap itself. The loss is its square.",
        "differentiate | 2P_1             | The term $4P_1$ grows by 4 for each unit of $P_1$",
        "differentiate | 2P_1^2 + 4       | The exponent comes down as a factor",
        "differentiate | 4 + 2P_1^2       | The exponent comes down as a factor",
        "differentiate | 2P_1 + 8         | The constant 4 does not change",
        "differentiate | 6                | That is its value at $P_1 = 1$."})
    void eachLikelyMistakeInAnExpressionGetsItsExplanation(String step, String typed, String explanation) {
        var verdict = step.equals("expand") ? expand(typed) : differentiate(typed);
        assertThat(explanation(verdict)).contains(explanation.replace("$", ""));
    }

    @Test
    void anotherWrongExpressionSaysWhatEachGivesAtTheParameters() {
        assertThat(differentiate("2P_1 + 6")).isEqualTo(wrong("quiz.differsAt", "P_1 = 1", "8", "6"));
        assertThat(differentiate("P_0 + P_1")).isEqualTo(wrong("quiz.differsAt", "P_0 = 1, P_1 = 1", "2", "6"));
        assertThat(expand("P_1^2 + 4P_1 + 3")).isEqualTo(wrong("quiz.differsAt", "P_1 = 1", "8", "9"));
        assertThat(differentiate("7/2")).isEqualTo(wrong("quiz.differsAt", "P_1 = 1", "3.5", "6"));
    }

    @Test
    void anExpressionRightOnlyAtTheParametersSaysSo() {
        assertThat(differentiate("P_1 + 5")).isEqualTo(wrong("quiz.sameOnlyAt", "P_1 = 1", "6"));
    }

    @Test
    void anExpressionWithNoValueAtTheParametersIsSimplyDifferent() {
        assertThat(differentiate("1/(P_1 - 1)")).isEqualTo(wrong("quiz.different"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Loss | Loss", "dLoss/dP_1 | dLoss/dP_1", "\\frac{dLoss}{dP_1} | dLoss/dP_1",
        "f(0, P) + 3 | f(0, P)", "d/dP_1 (P_1^2 + 4P_1) + 4 | d/dP_1(P_1^2 + 4*P_1)"})
    void namingTheAnswerInsteadOfWritingItOutIsInvalid(String typed, String named) {
        assertThat(differentiate(typed)).isEqualTo(invalid("quiz.writeItOut", named));
    }

    @Test
    void anUnparseableExpressionSaysWhatTheEngineFound() {
        var endOfInput = quoting("quiz.noParse", MathProblem.EXPECTED_OPERAND_AT_END);
        assertThat(differentiate("2P_1 +")).isEqualTo(endOfInput);
        assertThat(differentiate("(((((")).isEqualTo(endOfInput);
        assertThat(differentiate("2P_1 + 4)"))
                .isEqualTo(quoting("quiz.noParse", MathProblem.NO_OPENING_BRACKET, ")"));
    }

    @Test
    void anExpressionBeyondTheEnginesLimitsIsTooLargeToCheck() {
        assertThat(differentiate("((P_1+1)^100)^100"))
                .isEqualTo(quoting("quiz.tooLarge", MathProblem.NUMBER_TOO_LARGE, "32768"));
    }

    @Test
    void anExpressionTooLargeToExpandIsStillJudgedByItsValues() {
        assertThat(notice(differentiate("(P_0+P_1+P_0 P_1+1)^100")).messageKey()).isEqualTo("quiz.differsAt");
    }

    @Test
    void anEmptyExpressionAsksForOne() {
        assertThat(differentiate(" ")).isEqualTo(invalid("quiz.emptyExpression"));
    }

    // verdicts

    @Test
    void onlyReadableAnswersCountAsAttempts() {
        assertThat(differentiate("2P_1+4").countsAsAttempt()).isTrue();
        assertThat(differentiate("2P_1").countsAsAttempt()).isTrue();
        assertThat(differentiate("2P_1+").countsAsAttempt()).isFalse();
        assertThat(differentiate("2P_1+4").isCorrect()).isTrue();
        assertThat(differentiate("2P_1").isCorrect()).isFalse();
    }

    @Test
    void everyMessageTheGraderGivesIsWrittenInBothLanguages() {
        var verdicts = Stream.of(Grader.choice(WHAT_IS_MSE, 9), nudgeUp(""), nudgeUp("x"), nudgeUp("1/0"),
                nudgeUp("10"), nudgeUp("1"), nudgeUp(TEN_THOUSAND), nudgeUp("\u0007"), differentiate(""),
                differentiate("+"), differentiate("Loss"), differentiate("2P_1 + 6"), differentiate("P_1 + 5"),
                differentiate("1/(P_1 - 1)"), differentiate("((P_1+1)^100)^100"), expand("(P_1+2)^2"),
                differentiate("2x + 4"), differentiate("2p_1 + 4"));
        var notices = verdicts.map(GraderTest::notice).toList();
        assertThat(notices).extracting(Notice::messageKey).doesNotHaveDuplicates().hasSize(18);
        for (var language : Language.values()) {
            for (var notice : notices) {
                assertThat(notice.text(new Writing(language, Glyphs.UNICODE))).doesNotContain("{").isNotBlank();
            }
        }
    }

    private static Notice notice(Verdict verdict) {
        if (verdict instanceof Verdict.Invalid invalid) {
            return invalid.message();
        }
        return ((Verdict.Wrong) verdict).message().orElseThrow();
    }

    @Test
    void aWrongVerdictNeedsSomethingToSay() {
        assertThatThrownBy(() -> new Verdict.Wrong(Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Verdict.Wrong.saying("quiz.tooHigh").message().orElseThrow().arguments()).isEqualTo(List.of());
    }
}
