package dev.nudge.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.math.Rational;
import dev.nudge.step.guess.GuessMath;
import dev.nudge.step.guess.GuessStep;
import dev.nudge.step.registry.Kinds;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker proves every expression parses and computes, and that all languages compute the same figures. */
class MathCheckTest {
    @TempDir
    Path temp;

    @Test
    void anExpressionThatDoesNotParseIsReportedAtItsExactColumn() {
        assertThat(CourseFixture.english(temp).english("{{ f(0, P) }}", "{{ f(0, P }}").problems())
                .singleElement().asString()
                .startsWith("en/01-loss.md:11:30: \"f(0, P\": expected ')' to close the '(' at column 25");
    }

    @Test
    void aNetworkDefinesTheModelAndNeedsAValueForEveryWeight() {
        var header = "define: f(x, P) = P_0 \\times x + P_1\nparams: P_0 = 1, P_1 = 1";
        assertThat(CourseFixture.english(temp).english(header,
                "network: 1 -> 1 relu -> 1\nparams: w_1 = 1, b_1 = 0, v_1 = 1, c = 0").problems())
                .noneMatch(p -> p.contains(":4:") || p.contains(":5:"));
        assertThat(CourseFixture.english(temp).english(header,
                "network: 1 -> 2 relu -> 1\nparams: w_1 = 1, b_1 = 0, v_1 = 1, c = 0").problems())
                .contains("en/01-loss.md:4:10: the network 1 -> 2 relu -> 1 has the parameters w_1, b_1, w_2, b_2, "
                        + "v_1, v_2, c; give w_2, b_2, v_2 a starting value in params:");
        assertThat(CourseFixture.english(temp).english(header, "network: 1 -> 2 sigmoid -> 1\nparams: P_0 = 1").problems())
                .first().asString().startsWith("en/01-loss.md:4:10: \"1 -> 2 sigmoid -> 1\": the activation");
    }

    @Test
    void aDefinitionThatDoesNotParse() {
        assertThat(CourseFixture.english(temp).english("P_0 \\times x + P_1\nparams", "P_0 \\times + P_1\nparams").problems())
                .first().asString().startsWith("en/01-loss.md:4:");
    }

    @Test
    void aNonPositiveRateAndANegativeTolerance() {
        assertThat(CourseFixture.english(temp).english("rate: 0.1", "rate: -0.1").problems())
                .containsExactly("en/01-loss.md:22:7: the learning rate must be above 0, but it is -0.1");
    }

    @Test
    void languagesThatComputeDifferentNumbersAreCaught() {
        var ja = CourseFixture.LESSON_JA.replace("{{ f(0, P) }}", "{{ f(1, P) }}");
        assertThat(CourseFixture.bilingual(temp).write("ja/01-loss.md", ja).problems()).containsExactly(
                "ja/01-loss.md:9:1: step \"model\" computes [f(x, P) = P_0 * x + P_1, 2] here but [f(x, P) = P_0 * x + P_1, 1]"
                        + " in " + temp.resolve("en/01-loss.md") + "; every language shows the same numbers");
    }

    @Test
    void aChoiceQuizWithItsRightAnswerElsewhereIsCaught() {
        var ja = CourseFixture.LESSON_JA.replace(
                "right: 差の二乗の平均\nwrong: 差の合計 | 正の差と負の差が打ち消し合ってしまいます。",
                "wrong: 差の合計 | 正の差と負の差が打ち消し合ってしまいます。\nright: 差の二乗の平均");
        assertThat(CourseFixture.bilingual(temp).write("ja/01-loss.md", ja).problems()).singleElement().asString()
                .contains("step \"mse\" computes [choice 2 of 2] here but [choice 1 of 2]");
    }

    @Test
    void theGuessComputesTheArticlesLossAndSlopes() {
        CourseFixture.english(temp);
        var lesson = Kinds.load(temp).course().orElseThrow().lessons(Language.EN).get(0);
        var guess = GuessMath.of(LessonMath.of(lesson), (GuessStep) lesson.steps().get(1));
        assertThat(guess.lossValue()).isEqualTo(Rational.of(9));
        assertThat(guess.slopes()).containsEntry("P_0", Rational.ZERO).containsEntry("P_1", Rational.of(6));
    }
}
