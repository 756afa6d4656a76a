package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real {@code ./nudge} keeps progress between runs, and says so plainly when its file is damaged. */
class ProgressIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path data;

    /** Runs the plain tutor with {@code input} typed and returns everything it wrote. */
    private String plain(String input, String... arguments) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(PROJECT.resolve("nudge").toString(), "--plain",
                "--lang", "en", "--data", data.toString()));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true);
        builder.environment().put("LANG", "C.UTF-8");
        var process = builder.start();
        try (var in = process.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void theNextRunContinuesWhereTheLastStopped() throws IOException, InterruptedException {
        plain("\n\n\nq\n", "--user", "ada");
        assertThat(plain("q\n", "--user", "ada")).contains("continue at lesson 1, step 3");
        assertThat(plain("q\n", "--user", "alan")).doesNotContain("continue at");
    }

    @Test
    void aDamagedFileIsSetAsideWithAMessage() throws IOException, InterruptedException {
        Files.writeString(data.resolve("progress.db"), "not a database at all\n".repeat(200));
        var output = plain("q\n");
        assertThat(output).contains("nudge: the progress file " + data.resolve("progress.db") + " is damaged",
                "It was kept as " + data.resolve("progress.db.corrupt-"));
        try (var files = Files.list(data)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("progress.db.corrupt-")).contains("progress.db");
        }
    }
}
