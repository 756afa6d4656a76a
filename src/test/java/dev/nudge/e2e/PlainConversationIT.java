package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code ./nudge --plain} through a pipe reads as a conversation: a guess is typed as a line and said back before the
 * reveal, and the whole course, read through in either language, never speaks of keys a pipe has not got.
 */
class PlainConversationIT {
    /** Words that belong to the full screen: a plain learner types a line and presses Enter. */
    private static final List<String> SCREEN_ONLY = List.of("Left, right", "Home", "Ctrl-U", "highlighted",
            "up and down", "left and right", "Space", "(press Enter to type)", "Esc", "上下キー", "左右キー");

    @Test
    void aGuessTypedThroughAPipeIsSaidBackThenRevealed() throws Exception {
        var data = Files.createTempDirectory("nudge-plain-guess");
        var output = PlainRun.run("en", data, "t\n3\nnone down\n\n\n\n\n\n\n\nq\n");
        assertThat(output).contains("Type one of up, down or none (or + - 0) for each of P₀, P₁")
                .contains("You said: P₀ no effect, P₁ lower.")
                .contains("✓ P₀: right.", "✓ P₁: right.");
        assertThat(output.indexOf("You said:")).as("the guess said back before the reveal")
                .isLessThan(output.indexOf("Loss = (f(0, P) - (-2))"));
        var japanese = PlainRun.run("ja", Files.createTempDirectory("nudge-plain-guess-ja"), "t\n3\n0 -\nq\n");
        assertThat(japanese).contains("あなたの予想：P_0 は影響なし、P_1 は下げる。");
    }

    @Test
    void theWholeCourseReadThroughAPipeSpeaksOnlyOfWhatCanBeTyped() throws Exception {
        for (var language : List.of("en", "ja")) {
            var input = new StringBuilder("\n");
            input.append("n\n".repeat(150)).append("q\n");
            var output = PlainRun.run(language, Files.createTempDirectory("nudge-plain-walk"), input.toString());
            assertThat(output).as("the walk in %s reached the end", language)
                    .contains(language.equals("en") ? "You have finished the course." : "コースはすべて終わりました。");
            for (var words : SCREEN_ONLY) {
                assertThat(output).as("the walk in %s", language).doesNotContain(words);
            }
        }
    }
}
