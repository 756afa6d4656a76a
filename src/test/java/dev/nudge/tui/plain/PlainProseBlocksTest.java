package dev.nudge.tui.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.tutor.FixtureCourse;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Read line by line, a descent table is a sentence a row and a plot over the input names the data it marks. */
class PlainProseBlocksTest {
    @Test
    void aDescentTableIsOneLineAStep() throws IOException {
        var output = PlainConversationTest.plain(FixtureCourse.at(Language.EN, "downhill", "loop-table"), "q");
        assertThat(output).contains("Gradient descent at learning rate 0.1, step by step:\n"
                + "step 0: P₀ = 1.0000, P₁ = 1.0000, ∂MSE/∂P₀ = -0.6667, ∂MSE/∂P₁ = 2.0000,\n"
                + "MSE = 3.6667, move = 0.2000\n")
                .contains("step 100: P₀ = 2.9933, P₁ = -1.9907, ∂MSE/∂P₀ = -0.0038, ∂MSE/∂P₁ = 0.0052,\n"
                        + "MSE = 3.7e-05, move = 0.0005\n")
                .contains("Numbers shown to 4 decimal places; each step is computed to 12, as in the lab.")
                .doesNotContain("  step  ");
    }

    @Test
    void aDescentTableInJapaneseSaysItsStepsInJapanese() throws IOException {
        var output = PlainConversationTest.plain(FixtureCourse.at(Language.JA, "downhill", "loop-table"), "q");
        assertThat(output).contains("学習率 0.1 の勾配降下法を、1 ステップずつ示します。").contains("ステップ 10: P");
    }

    @Test
    void aPlotOverTheInputSaysWhichPointsItMarks() throws IOException {
        var output = PlainConversationTest.plain(FixtureCourse.at(Language.EN, "downhill", "over-x"), "q");
        assertThat(output.replace("\n", " ")).contains("A plot of f(x, P) as x goes from 0 to 2")
                .contains("The data points are marked: (0, -2), (1, 1), (2, 4).");
    }
}
