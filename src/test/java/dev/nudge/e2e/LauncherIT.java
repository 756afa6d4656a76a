package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real {@code ./nudge} in a real terminal, as a person would use it. */
class LauncherIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String ENGLISH = "LANG=C.UTF-8";

    private static Tmux terminal(int columns, int rows, String... environment) {
        return Tmux.start(columns, rows, PROJECT, environment);
    }

    private static void startNudge(Tmux tmux, String arguments) {
        tmux.typeLine("./nudge " + arguments + "; echo \"EXIT=$?\"");
    }

    @Test
    void showsTheFirstScreenAndQLeavesACleanTerminal() throws InterruptedException {
        try (var tmux = terminal(80, 24, ENGLISH)) {
            startNudge(tmux, "");
            var screen = tmux.awaitText("q quit");
            assertThat(screen).contains("Understanding Neural Networks", "Enter  Start the course", "?      help");
            assertThat(tmux.format("#{alternate_on}")).isEqualTo("1");
            tmux.type("q");
            tmux.assertTerminalGivenBack("0");
        }
    }

    @Test
    void ctrlCQuitsCleanly() throws InterruptedException {
        try (var tmux = terminal(80, 24, ENGLISH)) {
            startNudge(tmux, "--lang ja");
            tmux.awaitText("ニューラルネットワークを理解する");
            tmux.press("C-c");
            tmux.assertTerminalGivenBack("0");
        }
    }

    @Test
    void sigtermGivesTheTerminalBack() throws InterruptedException {
        try (var tmux = terminal(80, 24, ENGLISH)) {
            startNudge(tmux, "");
            tmux.awaitText("q quit");
            ProcessHandle.of(tmux.programPid()).orElseThrow().destroy();
            tmux.assertTerminalGivenBack("143");
        }
    }

    @Test
    void sighupGivesTheTerminalBack() throws InterruptedException, IOException {
        try (var tmux = terminal(80, 24, ENGLISH)) {
            startNudge(tmux, "");
            tmux.awaitText("q quit");
            var kill = new ProcessBuilder("kill", "-HUP", String.valueOf(tmux.programPid())).start();
            assertThat(kill.waitFor()).isZero();
            tmux.assertTerminalGivenBack("129");
        }
    }

    @Test
    void aResizeRelaysOutAndTooSmallSaysSo() throws InterruptedException {
        try (var tmux = terminal(80, 24, ENGLISH)) {
            startNudge(tmux, "");
            tmux.awaitText("q quit");
            tmux.resize(59, 15);
            tmux.awaitText("It is 59×15; nudge needs at least 60×16.");
            tmux.resize(200, 50);
            var screen = tmux.awaitText("Understanding Neural Networks");
            assertThat(screen).doesNotContain("too small");
            tmux.type("q");
            tmux.assertTerminalGivenBack("0");
        }
    }

    /**
     * The full-screen tutor draws its first frame before it reads the course; a course with problems still ends in
     * the problems, told on a terminal given back clean.
     */
    @Test
    void aBrokenCourseIsToldOnATerminalGivenBack(@TempDir Path temp) throws InterruptedException, IOException {
        var home = temp.resolve("home");
        copyLessons(home.resolve("lessons"));
        Files.writeString(home.resolve("lessons/course.txt"),
                Files.readString(home.resolve("lessons/course.txt")) + "  09-missing\n");
        try (var tmux = terminal(200, 24, ENGLISH)) {
            tmux.typeLine("java -Dnudge.home=" + home + " -jar target/nudge.jar; echo \"EXIT=$?\"");
            var screen = tmux.awaitText("EXIT=1");
            assertThat(screen).contains("has problems, so the tutor cannot start:", "09-missing",
                    "Run 'nudge lessons check' to see them all.");
            tmux.assertTerminalGivenBack("1");
        }
    }

    private static void copyLessons(Path target) throws IOException {
        try (var files = Files.walk(PROJECT.resolve("lessons"))) {
            for (var file : files.toList()) {
                var copy = target.resolve(PROJECT.resolve("lessons").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
    }

    @Test
    void theBytesSentHoldNoNulAndNoMisEncodedCharacters(@TempDir Path temp) throws InterruptedException, IOException {
        for (var language : new String[] {"en", "ja"}) {
            var output = temp.resolve("output-" + language + ".bin");
            try (var tmux = terminal(80, 24, ENGLISH)) {
                tmux.recordOutput(output);
                startNudge(tmux, "--lang " + language);
                tmux.awaitText(language.equals("en") ? "q quit" : "q 終了");
                tmux.type("?");
                tmux.awaitText(language.equals("en") ? "Esc close" : "Esc 閉じる");
                tmux.type("q");
                tmux.awaitText("EXIT=0");
            }
            var bytes = Files.readAllBytes(output);
            assertThat(bytes).as("bytes sent in %s", language).isNotEmpty().doesNotContain((byte) 0);
            var text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).doesNotContain("??").doesNotContain("\uFFFD");
            if (language.equals("en")) {
                assertThat(text).as("a 2-byte character (the middle dot) is sent whole").contains("start · t contents");
            } else {
                assertThat(text).contains("ニューラルネットワークを理解する");
            }
        }
    }
}
