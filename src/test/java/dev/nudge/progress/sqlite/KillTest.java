package dev.nudge.progress.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kill -9} at random moments loses nothing the store had reported saved, and leaves a sound file. */
class KillTest {
    private static final int ROUNDS = 4;

    @TempDir
    Path folder;

    @Test
    void everyAnswerReportedSavedSurvivesKillNine() throws Exception {
        var file = folder.resolve("progress.db");
        var random = new Random(9);
        var saved = new CopyOnWriteArrayList<Integer>();
        for (int round = 0; round < ROUNDS; round++) {
            killAfter(file, saved, saved.size() + 5 + random.nextInt(60), random.nextInt(20));
            try (var connection = StoreFiles.raw(file)) {
                assertThat(StoreFiles.single(connection, "PRAGMA integrity_check")).isEqualTo("ok");
            }
            try (var store = StoreFiles.open(file)) {
                var progress = store.load(CrashChild.LEARNER);
                for (int n : saved) {
                    assertThat(progress.of(CrashChild.step(n)).attempts()).as("answer %d", n).isEqualTo(1);
                }
            }
        }
        assertThat(saved).hasSizeGreaterThan(ROUNDS * 5);
    }

    /** Runs a child until it has reported {@code until} answers saved, waits {@code extraMillis}, and kills it. */
    private static void killAfter(Path file, List<Integer> saved, int until, int extraMillis)
            throws IOException, InterruptedException, SQLException {
        var child = ChildJvm.start(CrashChild.class, file);
        var reader = new Thread(() -> readSaved(child, saved));
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (saved.size() < until && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        Thread.sleep(extraMillis);
        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        reader.join();
        assertThat(saved).as("answers the child reported saved").hasSizeGreaterThanOrEqualTo(until);
    }

    private static void readSaved(Process child, List<Integer> saved) {
        try (var lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("saved ")) {
                    saved.add(Integer.parseInt(line.substring("saved ".length())));
                }
            }
        } catch (IOException e) {
            // the child was killed while we read: what was read is what it had reported
        }
    }
}
