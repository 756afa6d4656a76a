package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * When the JVM itself dies of a fault (as a native stack overflow in SQLite once made it), no Java code can give the
 * terminal back: the launcher has the JVM do it on its way down, and say where its report is.
 */
class CrashIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @Test
    void aCrashOfTheJvmGivesTheTerminalBackAndSaysWhereTheReportIs() throws Exception {
        var reports = Files.createTempDirectory("nudge-crash");
        try (var tmux = Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8", "TMPDIR='" + reports + "'")) {
            tmux.typeLine("./nudge; echo \"EXIT=$?\"");
            tmux.awaitText("Start the course");
            assertThat(tmux.format("#{alternate_on}")).isEqualTo("1");
            long java = tmux.programPid();
            // SIGSEGV from outside is handled by the JVM as a fault of its own: it writes its report and runs OnError.
            new ProcessBuilder("kill", "-SEGV", String.valueOf(java)).start().waitFor();
            var screen = tmux.awaitText("EXIT=134");
            assertThat(screen.replace("\n", "")).contains("nudge stopped: the Java runtime crashed, and its report is in "
                    + reports.resolve("nudge-jvm-crash-" + java + ".log"));
            assertThat(reports.resolve("nudge-jvm-crash-" + java + ".log")).exists();
            tmux.assertTerminalGivenBack("134");
        } finally {
            try (var files = Files.list(reports)) {
                for (var file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(reports);
        }
    }
}
