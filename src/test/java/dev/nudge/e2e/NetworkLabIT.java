package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The training lesson's lab in a real terminal: a newcomer opens it from the lesson, runs the descent, and the
 * network trains until the lab stops by itself, with the output bent onto the points.
 */
class NetworkLabIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    /** The network takes some 400 steps at ten a second. */
    private static final long TRAINING_MILLIS = 150_000;

    @Test
    void theNetworkTrainsInTheLabUntilItStopsByItself() throws InterruptedException {
        try (var tmux = Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8")) {
            tmux.typeLine("./nudge; echo \"EXIT=$?\"");
            tmux.awaitText("Start the course");
            RealCourse.openLesson(tmux, "train");
            tmux.press("Right");
            tmux.awaitText(RealCourse.position("train", "one-step"));
            tmux.press("Escape");
            Thread.sleep(700);
            tmux.press("Right");
            tmux.awaitText(RealCourse.position("train", "curve-guess"));
            tmux.press("Right");
            tmux.awaitText(RealCourse.position("train", "lab"));
            tmux.type("o");
            // The lab's frame is drawn over the step's in more than one write; wait for all of it.
            var opened = tmux.awaitScreen(s -> s.contains("steps: 0") && s.contains("Loss over the steps"),
                    "the whole lab");
            assertThat(opened).contains("network 1 -> 2 relu -> 1", "w₁ = 1", "c = 0.5", "MSE = 0.684375",
                    "The model and the data", "pieces", "Loss over the steps");
            tmux.type("r");
            long deadline = System.currentTimeMillis() + TRAINING_MILLIS;
            var screen = tmux.screen();
            while (!(screen.contains("Converged after") && screen.contains("paused"))) {
                assertThat(System.currentTimeMillis()).as("stopped by itself in time:\n%s", screen).isLessThan(deadline);
                Thread.sleep(1000);
                screen = tmux.screen();
            }
            var converged = tmux.awaitScreen(s -> s.contains("every slope is below 0.00001."), "the whole notice");
            var said = Pattern.compile("Converged after (\\d+) steps").matcher(converged);
            assertThat(said.find()).isTrue();
            assertThat(Integer.parseInt(said.group(1))).isEqualTo(LabIT.steps(converged)).isGreaterThan(300);
            assertThat(converged).contains("MSE = ≈0", "dMSE/dw₁ = ≈0", "dMSE/dc = ≈0");
            Thread.sleep(500);
            assertThat(LabIT.steps(tmux.screen())).as("no step after it stopped").isEqualTo(LabIT.steps(converged));
            tmux.type("q");
            tmux.awaitText(RealCourse.position("train", "lab"));
            tmux.type("q");
            tmux.assertTerminalGivenBack("0");
        }
    }
}
