package dev.nudge.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.lesson.DescentRun;
import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.ProseBlock;
import dev.nudge.progress.StepKey;
import dev.nudge.tutor.TestCourse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The descent tables of the real course's descent-loop lesson laid out: aligned columns with their heads in both
 * languages and character sets, numbers to four places that are the engine's, a note on the rounding, the step where
 * a large rate blew up, and one sentence a row in plain output and in a window too narrow for the columns.
 */
class DescentLinesTest {
    private static LessonMath math(Language language) {
        var book = TestCourse.book();
        return book.math(language, book.place(new StepKey("descent-loop", "table")).orElseThrow().lesson());
    }

    private static ProseBlock.Descent table(Language language, String step) {
        var book = TestCourse.book();
        return book.step(language, book.place(new StepKey("descent-loop", step)).orElseThrow()).prose().stream()
                .filter(ProseBlock.Descent.class::isInstance).map(ProseBlock.Descent.class::cast).findFirst()
                .orElseThrow();
    }

    private static List<String> lines(Language language, Glyphs glyphs, String step, int width, boolean flat) {
        return DescentLines.of(math(language), table(language, step), new Writing(language, glyphs), width, flat)
                .stream().map(Line::text).toList();
    }

    @Test
    void theTableHasAHeadAndARowPerListedStepInAlignedColumns() {
        var lines = lines(Language.EN, Glyphs.UNICODE, "table", 80, false);
        assertThat(lines.get(0)).matches(" +step +P₀ +P₁ +∂MSE/∂P₀ +∂MSE/∂P₁ +MSE +move");
        assertThat(lines.get(1)).matches(" +0 +1\\.0000 +1\\.0000 +-0\\.6667 +2\\.0000 +3\\.6667 +0\\.2000");
        assertThat(lines.subList(0, 10)).allMatch(line -> line.length() == lines.get(0).length());
        assertThat(lines.get(9).strip()).startsWith("100 ");
        assertThat(lines.get(11)).isEqualTo("Numbers shown to 4 decimal places; each step is computed to 12, as"
                + " in the lab.");
    }

    @Test
    void everyNumberShownIsTheEnginesRounded() {
        var run = DescentRun.of(math(Language.EN), table(Language.EN, "table"));
        var lines = lines(Language.EN, Glyphs.UNICODE, "table", 80, false);
        for (int i = 0; i < run.rows().size(); i++) {
            var row = run.rows().get(i);
            var cells = lines.get(i + 1).strip().split(" +");
            assertThat(cells[0]).isEqualTo(String.valueOf(row.step()));
            assertThat(cells[5]).isEqualTo(DescentLines.value(row.loss()));
            assertThat(Double.parseDouble(cells[5])).isCloseTo(row.loss().toDouble(),
                    org.assertj.core.data.Offset.offset(0.00005 + Math.abs(row.loss().toDouble()) * 0.05));
        }
    }

    @Test
    void aLossNearlyZeroIsNotShownAsZero() {
        assertThat(DescentLines.value(dev.nudge.math.Rational.parse("0.000037"))).isEqualTo("3.7e-05");
        assertThat(DescentLines.value(dev.nudge.math.Rational.ZERO)).isEqualTo("0.0000");
        assertThat(DescentLines.value(dev.nudge.math.Rational.parse("-0.00001"))).isEqualTo("-1.0e-05");
        assertThat(DescentLines.value(dev.nudge.math.Rational.parse("1857000000000"))).isEqualTo("1.857e+12");
    }

    @Test
    void japaneseAndAsciiHeadsFitTheirTerminals() {
        assertThat(lines(Language.JA, Glyphs.NARROW, "table", 80, false).get(0))
                .matches(" +ステップ +P_0 +P_1 +dMSE/dP_0 +dMSE/dP_1 +MSE +移動幅");
        assertThat(lines(Language.EN, Glyphs.ASCII, "table", 80, false).get(0))
                .matches(" +step +P_0 +P_1 +dMSE/dP_0 +dMSE/dP_1 +MSE +move");
    }

    @Test
    void aRateTooLargeEndsWithTheStepWhereItBlewUp() {
        var lines = lines(Language.EN, Glyphs.UNICODE, "too-large", 100, false);
        assertThat(lines.get(0)).matches(" +step +∂MSE/∂P₀ +∂MSE/∂P₁ +MSE");
        assertThat(lines).contains("At step 48 the loss passed 1e+12: the descent has blown up, and the table stops"
                + " there.");
        assertThat(lines(Language.JA, Glyphs.NARROW, "too-large", 100, false)).contains(
                "ステップ 48 で損失が 1e+12 を超えました。降下は発散したので、表はここで終わります。");
    }

    @Test
    void plainOutputAndANarrowWindowSayEachRowInASentence() {
        var plain = lines(Language.EN, Glyphs.UNICODE, "learning-rate", 200, true);
        assertThat(plain.get(0)).isEqualTo("Gradient descent at learning rate 0.01, step by step:");
        assertThat(plain.get(1)).isEqualTo("step 0: P₀ = 1.0000, P₁ = 1.0000, MSE = 3.6667, move = 0.0200");
        assertThat(lines(Language.EN, Glyphs.UNICODE, "learning-rate", 30, false).get(0))
                .isEqualTo("Gradient descent at learning");
        assertThat(lines(Language.JA, Glyphs.NARROW, "learning-rate", 200, true).get(1))
                .isEqualTo("ステップ 0: P_0 = 1.0000, P_1 = 1.0000, MSE = 3.6667, 移動幅 = 0.0200");
    }
}
