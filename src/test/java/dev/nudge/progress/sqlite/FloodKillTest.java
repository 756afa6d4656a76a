package dev.nudge.progress.sqlite;

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
 * {@link SqliteProgressStore#COMMIT_BOUND} before the kill is in the file, though nobody waited for the disk.
 */
class FloodKillTest {
    private static final int ROUNDS = 3;

    @TempDir
    Path folder;

    @Test
    void everyAnswerRecordedABoundBeforeKillNineIsInTheFile() throws Exception {
        var random = new Random(3);
        for (int round = 0; round < ROUNDS; round++) {
            var file = folder.resolve("progress-" + round + ".db");
            var heard = new ConcurrentHashMap<Integer, Long>();
            long killedAt = runAndKill(file, heard, 600 + random.nextInt(400));
            long bound = SqliteProgressStore.COMMIT_BOUND.toNanos();
            var due = heard.entrySet().stream().filter(answer -> killedAt - answer.getValue() >= bound)
                    .map(Map.Entry::getKey).toList();
            assertThat(due).as("answers recorded a bound before the kill, round %d", round).hasSizeGreaterThan(10);
            try (var store = StoreFiles.open(file)) {
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
    private static long runAndKill(Path file, Map<Integer, Long> heard, int millis)
            throws IOException, InterruptedException {
        var child = ChildJvm.start(FloodChild.class, file);
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
