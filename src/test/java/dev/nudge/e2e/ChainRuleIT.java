package dev.nudge.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The chain-rule lesson as a learner walks it in a real terminal at 80x24: the first stage's quiz answered, then the
 * derivation stepped through from the outside in, each rewrite with its reason, to the derivative and its value; in
 * Japanese with ASCII characters the same walk reads in the learner's language.
 */
class ChainRuleIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String LESSON = "chain-rule";

    @Test
    void theDerivationGoesFromTheOutsideInToTheSlopeAndItsValue() throws InterruptedException {
        try (var tmux = Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8")) {
            openTheChainWalk(tmux, "./nudge", "Start the course");
            tmux.awaitScreen(screen -> screen.contains("The derivative by the chain rule, from the outside in")
                    && screen.contains("dLoss/dw₁") && screen.contains("Line 1 of 15."), "the walk's first line");
            tmux.press("Enter");
            tmux.press("Enter");
            tmux.awaitScreen(screen -> screen.contains("= 2(a₁ - 3) × d/dw₁(a₁ - 3)")
                    && screen.contains("(chain rule: d/dw L(g(w)) = L'(g(w)) × g'(w))")
                    && screen.contains("Line 3 of 15."), "the chain rule on the square");
            tmux.press("Left");
            tmux.awaitScreen(screen -> screen.contains("Line 2 of 15.") && !screen.contains("(chain rule:"),
                    "one line fewer");
            for (int i = 0; i < 13; i++) {
                tmux.press("Enter");
            }
            tmux.awaitScreen(screen -> screen.contains("= -2") && screen.contains("(calculate with the numbers)")
                    && screen.contains("So dLoss/dw₁ = 2(a₁ - 3) × heaviside(z₁) × 2, which at these values is")
                    && screen.contains("→ next"), "the derivative and its value");
            tmux.press("Enter");
            tmux.awaitText(RealCourse.position(LESSON, "check-by-nudging"));
            tmux.type("q");
            tmux.awaitText("EXIT=0");
        }
    }

    @Test
    void inJapaneseWithAsciiEachLineGivesItsReason() throws InterruptedException {
        try (var tmux = Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8")) {
            openTheChainWalk(tmux, "./nudge --lang ja --ascii", "コースをはじめる");
            tmux.press("Enter");
            tmux.press("Enter");
            tmux.awaitScreen(screen -> screen.contains("= 2*(a_1 - 3) * d/dw_1(a_1 - 3)")
                    && screen.contains("(連鎖律 (合成関数の微分): d/dw L(g(w)) = L'(g(w)) * g'(w))"),
                    "the chain rule in Japanese");
            for (int i = 0; i < 4; i++) {
                tmux.press("Enter");
            }
            tmux.awaitScreen(screen -> screen.contains("heaviside(z_1)") && screen.contains("ReLU の微分"),
                    "the ReLU rule in Japanese");
            tmux.type("q");
            tmux.awaitText("EXIT=0");
        }
    }

    /** Opens the lesson from the contents (by its place in the course), answers its first quiz, goes to the walk. */
    private static void openTheChainWalk(Tmux tmux, String command, String title) throws InterruptedException {
        tmux.typeLine(command + "; echo \"EXIT=$?\"");
        tmux.awaitText(title);
        RealCourse.openLesson(tmux, LESSON);
        tmux.press("Right");
        tmux.awaitText(RealCourse.position(LESSON, "first-stage"));
        tmux.type("0.02");
        tmux.press("Enter");
        tmux.press("Escape");
        Thread.sleep(700);
        tmux.press("Right");
        tmux.awaitText(RealCourse.position(LESSON, "nudge-passes"));
        tmux.press("Right");
        tmux.awaitText(RealCourse.position(LESSON, "chain-walk"));
    }

}
