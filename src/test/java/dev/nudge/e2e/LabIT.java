package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code ./nudge lab} in a real terminal: descent runs on its own and the loss falls; leaving gives the terminal back. */
class LabIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Pattern STEPS = Pattern.compile("steps: (\\d+)");
    private static final Pattern LOSS = Pattern.compile("MSE = ~?([-0-9.]+)");

    private static double loss(String screen) {
        var matcher = LOSS.matcher(screen.replace('≈', '~'));
        assertThat(matcher.find()).as("the loss on screen:\n%s", screen).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    /** The descent's step count on {@code screen}, or -1 when it shows none. */
    static int steps(String screen) {
        var matcher = STEPS.matcher(screen);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    @Test
    void runningDescentMakesTheLossFall() throws InterruptedException {
        try (var tmux = Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8")) {
            tmux.typeLine("./nudge lab; echo \"EXIT=$?\"");
            var start = tmux.awaitText("steps: 0");
            double first = loss(start);
            tmux.type("r");
            var later = tmux.awaitScreen(screen -> steps(screen) >= 15, "15 descent steps");
            assertThat(loss(later)).isLessThan(first);
            tmux.type("r");
            tmux.awaitText("paused");
            tmux.type("q");
            tmux.assertTerminalGivenBack("0");
        }
    }

    @Test
    void aRunningDescentStopsByItselfWhenItConvergesAndSaysAfterHowManySteps() throws InterruptedException {
        try (var tmux = Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8")) {
            tmux.typeLine("./nudge lab --rate 0.3; echo \"EXIT=$?\"");
            tmux.awaitText("steps: 0");
            tmux.type("r");
            var converged = tmux.awaitScreen(screen -> screen.contains("Converged after") && screen.contains("paused"),
                    "the descent converged and paused");
            var said = Pattern.compile("Converged after (\\d+) steps: every slope is below 0.00001.").matcher(converged);
            assertThat(said.find()).as("the notice on screen:\n%s", converged).isTrue();
            assertThat(Integer.parseInt(said.group(1))).isEqualTo(steps(converged)).isGreaterThan(10);
            assertThat(converged).contains("dMSE/dP₀ = ≈0", "dMSE/dP₁ = ≈0", "The model and the data");
            Thread.sleep(500);
            assertThat(steps(tmux.screen())).as("no step after it stopped").isEqualTo(steps(converged));
            tmux.type("q");
            tmux.assertTerminalGivenBack("0");
        }
    }

    @Test
    void numbersTooLargeToDrawAreExplainedAndTheLabEndsCleanly() throws InterruptedException {
        try (var tmux = Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8")) {
            tmux.typeLine("./nudge lab --rate 1e308; echo \"EXIT=$?\"");
            tmux.awaitText("steps: 0");
            tmux.type("s");
            // A frame reaches tmux in pieces, so the test waits for all of the explanation (it fails if it never comes).
            var explanation = List.of("Too large to draw.", "Numbers reach ≈2.074e+616.", "Blew up in 1 step: loss over a trillion.");
            var explained = tmux.awaitScreen(screen -> explanation.stream().allMatch(screen::contains),
                    "the plots and the notice explaining numbers too large to draw");
            assertThat(explained).doesNotContain("crash");
            tmux.type("q");
            tmux.assertTerminalGivenBack("0");
        }
    }

    @Test
    void aModelWithNoValueAtADataPointIsRefusedWithAMessage() throws InterruptedException {
        try (var tmux = Tmux.start(120, 24, PROJECT, "LANG=C.UTF-8")) {
            tmux.typeLine("./nudge lab --model 'f(x,P)=P_0/x' --params P_0=1; echo \"EXIT=$?\"");
            assertThat(tmux.awaitText("EXIT=2")).contains("the model cannot be computed at the data point x = 0")
                    .doesNotContain("crash");
        }
    }
}
