package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** {@code ./nudge --plain} through a pipe, as a screen reader or a script runs it: lines in, its output back. */
final class PlainRun {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    private PlainRun() {
    }

    /** The learner the plain runs are for: named, so that the order of each quiz's choices is known. */
    static final String LEARNER = "walker";

    /** The output of a plain tutor in {@code language} that reads {@code input}, with its progress in {@code data}. */
    static String run(String language, Path data, String input) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(PROJECT.resolve("nudge").toString(), "--plain", "--lang", language,
                "--user", LEARNER)
                .directory(PROJECT.toFile()).redirectErrorStream(true);
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().put("NUDGE_DATA", data.toString());
        var process = builder.start();
        try (var in = process.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return output;
    }
}
