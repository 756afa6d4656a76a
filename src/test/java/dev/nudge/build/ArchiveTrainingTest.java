package dev.nudge.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build records the class-data archive from this rehearsal of the start path, and goes on without an archive if
 * it fails; so it is run here, in a JVM of its own as the build runs it, to fail the tests instead.
 */
class ArchiveTrainingTest {

    @Test
    void theRehearsalWalksTheTutorInEveryLanguageAndLeavesNothingBehind(@TempDir Path temp, @TempDir Path logs)
            throws IOException, InterruptedException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var home = Path.of("").toAbsolutePath();
        var classes = logs.resolve("classes.txt");
        var process = new ProcessBuilder(java, "-Xlog:class+load:file=" + classes, "-Djava.io.tmpdir=" + temp,
                "-Dnudge.home=" + home, "-cp", System.getProperty("java.class.path"), ArchiveTraining.class.getName())
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).as("nothing to say when all goes well").isEmpty();
        try (var left = Files.list(temp)) {
            assertThat(left).as("its throwaway progress store is gone").isEmpty();
        }
        // What it ran is what gets archived: the start path's terminal input and store, and the pages walked.
        assertThat(Files.readString(classes)).contains(
                "com.googlecode.lanterna.input.ScreenInfoCharacterPattern ", "java.lang.ProcessImpl ",
                "dev.nudge.progress.sqlite.SqliteProgressStore ", "dev.nudge.cli.TerminalSession$$Lambda",
                "dev.nudge.tui.view.HelpOverlay ", "dev.nudge.cli.QuickStart ", "dev.nudge.tui.view.ContentsView ",
                "dev.nudge.step.guess.RevealLines ", "dev.nudge.step.guess.VerdictLines ");
    }
}
