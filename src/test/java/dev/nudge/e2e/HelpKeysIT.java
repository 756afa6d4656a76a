package dev.nudge.e2e;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The help in a real terminal lists the keys of the page it opens on, the ones it used to leave out included, and
 * they do what it says; in the smallest window, in Japanese, every line of a guess's help still shows.
 */
class HelpKeysIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @Test
    void theContentsHelpListsItsKeysAndTheyWork() throws InterruptedException {
        try (var tmux = Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8")) {
            tmux.typeLine("./nudge --lang en; echo \"EXIT=$?\"");
            tmux.awaitText("q quit");
            tmux.type("t");
            tmux.awaitText("Contents");
            tmux.type("?");
            var lines = List.of("x          Forget this lesson's progress", "1-9        Open a lesson by its number",
                    "Home End   First or last lesson", "q Ctrl-C   Quit (Ctrl-C: at once, anywhere)");
            tmux.awaitScreen(screen -> lines.stream().allMatch(screen::contains), "the contents' keys in the help");
            tmux.press("Escape");
            Thread.sleep(700);
            tmux.type("x");
            tmux.awaitText("y forget");
            tmux.type("n");
            tmux.awaitText("Nothing was forgotten");
            tmux.type("q");
            tmux.assertTerminalGivenBack("0");
        }
    }

    @Test
    void aGuessesHelpShowsEveryLineInTheSmallestWindowInJapanese() throws InterruptedException {
        try (var tmux = Tmux.start(60, 16, PROJECT, "LANG=C.UTF-8")) {
            tmux.typeLine("./nudge --lang ja; echo \"EXIT=$?\"");
            tmux.awaitText("q 終了");
            tmux.press("Enter");
            tmux.type("t");
            tmux.type("3");
            tmux.press("Right");
            tmux.awaitText("= 値");
            tmux.type("?");
            // Lesson 3's guess reveals no update, so it has no learning-rate keys to list.
            var lines = List.of("各パラメータの向きを選ぶ", "このパラメータの値を入力する", "終了（Ctrl-C はどこでもすぐに）");
            tmux.awaitScreen(screen -> lines.stream().allMatch(screen::contains) && screen.contains("= v"),
                    "every line of the guess's help");
            tmux.type("q");
            tmux.assertTerminalGivenBack("0");
        }
    }
}
