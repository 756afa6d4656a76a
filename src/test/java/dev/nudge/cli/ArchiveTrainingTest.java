package dev.nudge.cli;

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
    void theRehearsalWalksTheTutorInEveryLanguageAndLeavesNothingBehind(@TempDir Path temp)
            throws IOException, InterruptedException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var home = Path.of("").toAbsolutePath();
        var process = new ProcessBuilder(java, "-Djava.io.tmpdir=" + temp, "-Dnudge.home=" + home, "-cp",
                System.getProperty("java.class.path"), ArchiveTraining.class.getName())
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).as("nothing to say when all goes well").isEmpty();
        try (var left = Files.list(temp)) {
            assertThat(left).as("its throwaway progress store is gone").isEmpty();
        }
    }
}
