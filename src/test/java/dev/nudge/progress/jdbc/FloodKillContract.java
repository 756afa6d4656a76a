package dev.nudge.progress.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} while another learner floods the store: every answer recorded at least
 * {@link JdbcProgressStore#COMMIT_BOUND} before the kill is in the database, though nobody waited for it. Each
 * store's test extends this with where its child keeps progress.
 */
public abstract class FloodKillContract {
    @TempDir
    protected Path scratch;

    /** Where a new child keeps progress: a new file, or a new database's address. */
    protected abstract String newLocation() throws Exception;

    /** A store on {@code location}, in this JVM. */
    protected abstract JdbcProgressStore open(String location);

    /** How many times a child is started and killed. */
    protected abstract int rounds();

    @Test
    void everyAnswerRecordedABoundBeforeKillNineIsStored() throws Exception {
        var random = new Random(3);
        for (int round = 0; round < rounds(); round++) {
            var location = newLocation();
            var heard = new ConcurrentHashMap<Integer, Long>();
            long killedAt = runAndKill(location, heard, 600 + random.nextInt(400));
            long bound = JdbcProgressStore.COMMIT_BOUND.toNanos();
            var due = heard.entrySet().stream().filter(answer -> killedAt - answer.getValue() >= bound)
                    .map(Map.Entry::getKey).toList();
            assertThat(due).as("answers recorded a bound before the kill, round %d", round).hasSizeGreaterThan(10);
            try (var store = open(location)) {
                var progress = store.load(FloodChild.LEARNER);
                for (int n : due) {
                    assertThat(progress.of(FloodChild.step(n)).solved()).as("answer %d, round %d", n, round).isTrue();
                }
            }
        }
    }

    /**
     * Runs a child for {@code millis} from its first answer, kills it, and returns when (by this JVM's
     * {@link System#nanoTime}); {@code heard} gets when each answer's line was read, no earlier than it was recorded.
     */
    private long runAndKill(String location, Map<Integer, Long> heard, int millis)
            throws IOException, InterruptedException {
        var child = ChildJvm.start(FloodChild.class, location, scratch);
        var reader = new Thread(() -> readAnswers(child, heard));
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (heard.isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        Thread.sleep(millis);
        long killedAt = System.nanoTime();
        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        reader.join();
        assertThat(heard).as("answers the child recorded").isNotEmpty();
        return killedAt;
    }

    private static void readAnswers(Process child, Map<Integer, Long> heard) {
        try (var lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("answered ")) {
                    heard.put(Integer.parseInt(line.substring("answered ".length())), System.nanoTime());
                }
            }
        } catch (IOException e) {
            // the child was killed while we read: what was read is what it had recorded
        }
    }
}
