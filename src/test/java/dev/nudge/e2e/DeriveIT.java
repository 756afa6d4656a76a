package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The derivation of lesson 6 as a learner walks it: in a real terminal each press of next shows one more rewrite
 * with its reason and back one fewer, to the derivative; in plain mode through a pipe, in Japanese, each Enter prints
 * the next line with its reason.
 */
class DeriveIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @Test
    void nextShowsTheNextRewriteWithItsReasonAndBackOneFewer() throws InterruptedException {
        try (var tmux = Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8")) {
            RealCourse.openTheDerivativeLesson(tmux);
            tmux.type("n");
            tmux.awaitText(RealCourse.position("derivative", "shrinking-nudges"));
            tmux.type("n");
            tmux.awaitScreen(screen -> screen.contains("(Loss(P₁ + h) - Loss(P₁))/h")
                    && screen.contains("(the nudge ratio: the change for a nudge h, divided by h)")
                    && screen.contains("Line 1 of 7.") && screen.contains("→ next line"), "the nudge ratio");
            tmux.press("Enter");
            tmux.press("Enter");
            tmux.press("Enter");
            tmux.awaitScreen(screen -> screen.contains("Line 4 of 7.")
                    && screen.contains("= (P₁² + 2P₁h + h² + 4P₁ + 4h + 4 - P₁² - 4P₁ - 4)/h")
                    && screen.contains("(subtracting a bracket changes the sign of every term in it)"),
                    "the bracket taken off");
            tmux.press("Left");
            tmux.awaitScreen(screen -> screen.contains("Line 3 of 7.")
                    && !screen.contains("(subtracting a bracket"), "one line fewer");
            for (int i = 0; i < 4; i++) {
                tmux.press("Enter");
            }
            tmux.awaitScreen(screen -> screen.contains("= 2P₁ + 4")
                    && screen.contains("(as h shrinks to 0, every term with h in it vanishes)")
                    && screen.contains("So dLoss/dP₁ = 2P₁ + 4.") && screen.contains("→ next"), "the derivative");
            tmux.press("Enter");
            tmux.awaitScreen(screen -> screen.contains("The same derivative by the rules")
                    && screen.contains("d/dP₁(P₁² + 4P₁ + 4)") && screen.contains(RealCourse.position("derivative", "derive-rules")), "the rules next");
            tmux.type("q");
            tmux.awaitText("EXIT=0");
        }
    }

    @Test
    void inPlainModeEachEnterPrintsTheNextLineWithItsReason(@TempDir Path data) throws IOException,
            InterruptedException {
        var output = PlainRun.run("ja", data, "t\n6\nn\nn\n\n\n\n\n\n\nq\n");
        assertThat(output).contains("(" + RealCourse.position("derivative", "derive-limit") + ")", "ずらしたときの比から導関数へ", "(Loss(P_1 + h) - Loss(P_1))/h",
                "(ずらしたときの比: h だけずらしたときの変化を h で割ったもの)", "= (2P_1 h + h^2 + 4h)/h",
                "(かっこごと引くと、中の項の符号がすべて反対になる)", "= 2P_1 + 4",
                "(h を 0 に近づけると、h を含む項はすべて消える)", "したがって dLoss/dP_1 = 2P_1 + 4 です。")
                .doesNotContain("\u001b[");
        assertThat(output.indexOf("= 2P_1 + h + 4")).as("the lines in the order of the derivation")
                .isGreaterThan(output.indexOf("= (2P_1 h + h^2 + 4h)/h")).isLessThan(output.indexOf("= 2P_1 + 4\n"));
    }
}
