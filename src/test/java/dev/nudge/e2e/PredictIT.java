package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The predict step of lesson 6 as a learner meets it: in a real terminal a wrong prediction is explained and a
 * second, right one shows the change; in plain mode through a pipe, in Japanese, a typed line is the prediction.
 */
class PredictIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    /** From the contents to lesson 6's first predict step, leaving each typed quiz's field to skip it. */
    private static void toThePredictStep(Tmux tmux) throws InterruptedException {
        tmux.type("t");
        tmux.type("6");
        tmux.awaitText("1/9");
        tmux.type("n");
        tmux.awaitText("2/9");
        leaveField(tmux);
        tmux.type("n");
        tmux.awaitText("3/9");
        tmux.type("n");
        tmux.awaitText("4/9");
        tmux.type("n");
        tmux.awaitText("5/9");
        leaveField(tmux);
        tmux.type("n");
        tmux.awaitText("6/9");
        tmux.type("n");
        tmux.awaitText("7/9");
    }

    private static void leaveField(Tmux tmux) throws InterruptedException {
        tmux.press("Escape");
        // tmux waits 500 ms to tell a lone Escape from the start of a sequence.
        Thread.sleep(700);
    }

    @Test
    void aWrongPredictionIsExplainedAndARightOneShowsTheChange() throws InterruptedException {
        try (var tmux = Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8")) {
            tmux.typeLine("./nudge; echo \"EXIT=$?\"");
            tmux.awaitText("Start the course");
            toThePredictStep(tmux);
            // Each check waits for everything it asserts: tmux may show a frame half drawn.
            tmux.awaitScreen(screen -> screen.contains("The update about to be made:")
                    && screen.contains("P₁ ← P₁ - η × dLoss/dP₁ = -3 - 0.1 × (-2) = -2.8")
                    && screen.contains("The loss now: 1") && screen.contains("Enter check"), "the prediction asked");
            tmux.type("1");
            tmux.press("Enter");
            tmux.awaitScreen(screen -> screen.contains("That is the loss before the update.")
                    && screen.contains("✗ Not quite.") && screen.contains("P₁ = -2.8")
                    && screen.contains("the loss is 0.64") && screen.contains("change -0.36")
                    && screen.contains("r retry"), "the wrong prediction explained");
            tmux.type("r");
            tmux.awaitScreen(screen -> !screen.contains("Not quite"), "a fresh prediction");
            tmux.type("16/25");
            tmux.press("Enter");
            tmux.awaitScreen(screen -> screen.contains("✓ Right: after the update the loss is 0.64.")
                    && screen.contains("before 1   after 0.64   change -0.36") && screen.contains("→ next"),
                    "the right prediction and the change");
            tmux.type("q");
            tmux.awaitText("EXIT=0");
        }
    }

    @Test
    void inPlainModeATypedLineIsThePrediction(@TempDir Path data) throws IOException, InterruptedException {
        var output = PlainRun.run("ja", data, "t\n6\nn\nn\nn\nn\nn\nn\n0.5\nq\n");
        assertThat(output).contains("(7/9)", "これから行う更新：", "-3 - 0.1 ⋅ (-2) = -2.8", "違います。",
                "更新すると P_1 = -2.8 になり、そのときの損失は", "更新前 1   更新後 0.64   変化 -0.36")
                .doesNotContain("\u001b[");
    }
}
