package dev.nudge.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An answer pasted over two lines, as a learner copying it from notes might, in a real terminal: the lines are
 * joined into one answer in the field, nothing is submitted until Enter, and the answer is graded whole.
 */
class PasteIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @Test
    void aPasteWithANewlineFillsTheFieldAndSubmitsNothing() throws InterruptedException {
        try (var tmux = Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8")) {
            tmux.typeLine("./nudge; echo \"EXIT=$?\"");
            tmux.awaitText("Start the course");
            tmux.type("t");
            tmux.type("4");
            tmux.awaitText("1/");
            tmux.type("n");
            tmux.awaitText("Your answer:");
            // one write, as a paste arrives: the first line, a line break, the rest
            tmux.type("P_1^2 + 4P_1\n+ 4");
            tmux.awaitScreen(screen -> screen.contains("P_1^2 + 4P_1 + 4") && !screen.contains("Miss")
                    && !screen.contains("Right!") && !screen.contains("Not quite"), "the pasted lines in the field");
            tmux.press("Enter");
            tmux.awaitText("Right!");
            tmux.press("Escape");
            Thread.sleep(700);
            tmux.type("q");
            tmux.awaitText("EXIT=0");
        }
    }
}
