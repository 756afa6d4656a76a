package dev.nudge.progress.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} at random moments loses nothing the store had reported saved, and leaves a sound database: each
 * store's test extends this with where its child keeps progress and how to check the database is whole.
 */
public abstract class KillContract {
    @TempDir
    protected Path scratch;

    /** Where the child keeps progress: a file, or a database's address. */
    protected abstract String location() throws Exception;

    /** A store on {@code location}, in this JVM. */
    protected abstract JdbcProgressStore open(String location);

    /** Fails unless the database at {@code location} is whole, as its own integrity check says. */
    protected abstract void assertWhole(String location) throws Exception;

    /** How many times the child is started and killed. */
    protected abstract int rounds();

    @Test
    void everyAnswerReportedSavedSurvivesKillNine() throws Exception {
        var location = location();
        var random = new Random(9);
        var saved = new CopyOnWriteArrayList<Integer>();
        for (int round = 0; round < rounds(); round++) {
            killAfter(location, saved, saved.size() + 5 + random.nextInt(60), random.nextInt(20));
            assertWhole(location);
            try (var store = open(location)) {
                var progress = store.load(CrashChild.LEARNER);
                for (int n : saved) {
                    assertThat(progress.of(CrashChild.step(n)).attempts()).as("answer %d", n).isEqualTo(1);
                }
            }
        }
        assertThat(saved).hasSizeGreaterThan(rounds() * 5);
    }

    /** Runs a child until it has reported {@code until} answers saved, waits {@code extraMillis}, and kills it. */
    private void killAfter(String location, List<Integer> saved, int until, int extraMillis)
            throws IOException, InterruptedException {
        var child = ChildJvm.start(CrashChild.class, location, scratch);
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
