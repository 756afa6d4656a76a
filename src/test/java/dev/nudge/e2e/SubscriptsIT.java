package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Subscripts in a real terminal: tmux answers the cursor report and draws subscript digits one column wide, so
 * Japanese formulas get {@code P₀}, locally and over SSH; the forced inline choice writes {@code P_0}.
 */
class SubscriptsIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String MODEL_DIGITS = "f(x, P) = P₀ ⋅ x + P₁";
    private static final String MODEL_INLINE = "f(x, P) = P_0 ⋅ x + P_1";

    @TempDir
    Path temp;

    /**
     * From the start page to lesson 1's second step, which shows the model as a display equation; a learner back
     * again continues there.
     */
    private static String theModel(Tmux tmux) throws InterruptedException {
        tmux.awaitText("q 終了");
        tmux.press("Enter");
        var step = tmux.awaitScreen(screen -> title(screen).endsWith("/4"), "a step of lesson 1");
        if (title(step).endsWith("1/4")) {
            tmux.press("Right");
        }
        // The title comes first in a frame: the body has arrived when the model's line has.
        return tmux.awaitScreen(screen -> title(screen).endsWith("2/4") && screen.contains("f(x, P) = P"),
                "the second step with the model");
    }

    private static String title(String screen) {
        return screen.lines().findFirst().orElse("");
    }

    @Test
    void japaneseGetsSubscriptDigitsWhenTheTerminalDrawsThemOneColumnWide() throws Exception {
        try (var tmux = Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8")) {
            tmux.typeLine("./nudge --lang ja; echo \"EXIT=$?\"");
            var screen = theModel(tmux);
            assertThat(screen).contains(MODEL_DIGITS, "パラメータは P₀ と P₁ の二つです").doesNotContain("P_0");
            tmux.type("q");
            var back = tmux.awaitText("EXIT=0");
            assertThat(back).as("the probe's digits are erased").doesNotContain("₁²").doesNotContain("[6n");
            assertThat(back.lines().filter(line -> line.startsWith("$ ./nudge"))).hasSize(1);
        }
    }

    @Test
    void theForcedInlineChoiceWritesSubscriptsInLine() throws Exception {
        try (var tmux = Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8")) {
            tmux.typeLine("./nudge --lang ja --subscripts inline; echo \"EXIT=$?\"");
            assertThat(theModel(tmux)).contains(MODEL_INLINE).doesNotContain("P₀");
            tmux.type("q");
            tmux.awaitText("EXIT=0");
            tmux.typeLine("NUDGE_SUBSCRIPTS=inline ./nudge --lang=ja; echo \"EXIT=$?\"");
            assertThat(theModel(tmux)).as("from the environment").contains(MODEL_INLINE);
            tmux.type("q");
        }
    }

    private ServeProcess serve(OpenSsh learner) throws Exception {
        var keys = Files.copy(learner.publicKey(), temp.resolve("class_keys"));
        return ServeProcess.start(PROJECT, "--authorized-keys", keys.toString(), "--data", temp.resolve("data").toString());
    }

    @Test
    void overSshTheProbeIsAnsweredAndTheFirstFrameIsRight() throws Exception {
        var ada = OpenSsh.withNewKey(temp, "ada");
        try (var server = serve(ada); var tmux = Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8")) {
            tmux.typeLine(ada.command(server.port(), "student").replace("ssh ", "ssh -o SetEnv=LANG=ja_JP.UTF-8 ")
                    + "; echo \"EXIT=$?\"");
            var first = tmux.awaitText("q 終了");
            assertThat(first).contains("ニューラルネットワークを理解する", "Enter  コースをはじめる")
                    .doesNotContain("₁²").doesNotContain("[6n").doesNotContain("R");
            assertThat(theModel(tmux)).contains(MODEL_DIGITS).doesNotContain("P_0");
            tmux.type("q");
            tmux.awaitText("EXIT=0");
            server.awaitLine("session 1 ended");

            tmux.typeLine(ada.command(server.port(), "student")
                    .replace("ssh ", "ssh -o 'SetEnv=LANG=ja_JP.UTF-8 NUDGE_SUBSCRIPTS=inline' ") + "; echo \"EXIT=$?\"");
            assertThat(theModel(tmux)).as("the client's forced choice").contains(MODEL_INLINE);
            tmux.type("q");
            tmux.awaitText("EXIT=0");
        }
    }
}
