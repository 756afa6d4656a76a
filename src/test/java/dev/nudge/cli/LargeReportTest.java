package dev.nudge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;
import dev.nudge.progress.sqlite.SqliteProgressStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nudge report} on a file with a million events, in a JVM with a 32 MiB heap: the figures are computed in SQL
 * and handed on a learner at a time, so the heap needed does not grow with the events.
 */
class LargeReportTest {
    private static final int VISITS = 1_000_000;
    private static final long START = 1_700_000_000_000L;

    @TempDir
    Path data;

    /**
     * A million visits by ada over 50 steps, then a wrong and a right answer and a hint (the benchmark's own filler,
     * bench/FillProgress.java, so both measure the same file); and one visit by alan.
     */
    private void fillTheFile() throws Exception {
        var file = data.resolve("progress.db");
        try (var store = SqliteProgressStore.open(file)) {
            store.record("alan", new ProgressEvent.Visited(new StepKey("function", "not-neurons")));
        }
        var filler = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                "bench/FillProgress.java", file.toString(), String.valueOf(VISITS)).redirectErrorStream(true).start();
        var output = new String(filler.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(filler.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(filler.exitValue()).as(output).isZero();
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void aMillionEventsAreReportedInA32MiBHeapWithTheRightFigures() throws Exception {
        fillTheFile();
        var child = new ProcessBuilder(javaCommand(), "-Xmx32m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "report", "--format", "json", "--data", data.toString())
                .redirectErrorStream(true).start();
        var output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        var lastActive = Instant.ofEpochMilli(START + VISITS + 3).truncatedTo(ChronoUnit.SECONDS);
        assertThat(output).contains("{\"learner\": \"ada\", \"lessonsCompleted\": 0, \"position\": {\"lesson\": "
                + "\"function\", \"step\": \"step-0\", \"title\": \"function/step-0\"}, \"quizzesRightFirstTry\": 0, "
                + "\"quizzesAnswered\": 1, \"hintsUsed\": 2, \"lastActive\": \"" + lastActive + "\"");
        assertThat(output).contains("{\"learner\": \"alan\", \"lessonsCompleted\": 0, \"position\": {\"lesson\": "
                + "\"function\", \"step\": \"not-neurons\"");
        assertThat(output).contains("{\"lesson\": \"function\", \"step\": \"quiz\", \"title\": \"function/quiz\", "
                + "\"kind\": \"quiz\", \"answered\": 1, \"wrongFirst\": 1, \"wrongFirstShare\": 1}");
    }
}
