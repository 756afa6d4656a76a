package dev.nudge.progress.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;
import dev.nudge.progress.jdbc.Events;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A learner who floods the store with navigation neither grows the file without bound nor delays another learner's
 * answer: what the writer promises ({@link SqliteProgressStore#COMMIT_BOUND}) holds during the flood, as a separate
 * connection, like {@code nudge report}'s, sees it.
 */
class FloodWriteTest {
    private static final int FLOOD = 100_000;
    private static final int ANSWERS = 100;

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("progress.db");
    }

    @Test
    void aHundredThousandPageFlipsAndAHundredAnswersAreWrittenInSecondsAsFewRows() throws SQLException {
        long start = System.nanoTime();
        try (var store = StoreFiles.open(file())) {
            for (int i = 0; i < FLOOD; i++) {
                store.record("flood", Events.visited(i % 2 == 0 ? Events.INTRO : Events.QUIZ));
                if (i % (FLOOD / ANSWERS) == 0) {
                    store.record("ada", answer(i / (FLOOD / ANSWERS)));
                }
            }
            store.flush();
        }
        var took = Duration.ofNanos(System.nanoTime() - start);

        try (var reader = StoreFiles.raw(file())) {
            assertThat(count(reader, "SELECT count(*) FROM event WHERE learner = 'ada' AND kind = 'answered'"))
                    .isEqualTo(ANSWERS);
            assertThat(count(reader, "SELECT count(*) FROM event WHERE learner = 'flood'"))
                    .as("rows for %d page flips", FLOOD).isLessThan(FLOOD / 10);
            assertThat(StoreFiles.single(reader, "SELECT step FROM event WHERE learner = 'flood' ORDER BY id DESC"))
                    .as("the last page is still the place to continue from").isEqualTo(Events.QUIZ.stepId());
        }
        assertThat(took).as("time to record and write it all").isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anAnswerIsInTheFileWithinTheBoundWhileAnotherLearnerFloods() throws Exception {
        try (var store = StoreFiles.open(file()); var reader = StoreFiles.raw(file())) {
            // The first answer opens statements and warms the JIT; the bound is about a running store.
            store.record("ada", answer(-1));
            store.flush();
            var flooding = new AtomicBoolean(true);
            var flooder = new Thread(() -> {
                for (int i = 0; flooding.get() && i < 5_000_000; i++) {
                    store.record("flood", Events.visited(i % 2 == 0 ? Events.INTRO : Events.QUIZ));
                }
            }, "flooder");
            flooder.start();
            var waits = new ArrayList<Duration>();
            try {
                for (int n = 0; n < 20; n++) {
                    long recorded = System.nanoTime();
                    store.record("ada", answer(n));
                    waits.add(untilInFile(reader, n, recorded));
                    Thread.sleep(20);
                }
            } finally {
                flooding.set(false);
                flooder.join();
            }
            assertThat(waits).as("time from recording each answer to its row in the file")
                    .allMatch(wait -> wait.compareTo(SqliteProgressStore.COMMIT_BOUND) <= 0);
        }
    }

    /** How long until a separate connection sees answer {@code n}; gives up at twice the bound. */
    private static Duration untilInFile(Connection reader, int n, long recordedNanos)
            throws SQLException, InterruptedException {
        var limit = SqliteProgressStore.COMMIT_BOUND.multipliedBy(2);
        while (true) {
            var waited = Duration.ofNanos(System.nanoTime() - recordedNanos);
            if (count(reader, "SELECT count(*) FROM event WHERE learner = 'ada' AND answer = 'answer " + n + "'") == 1
                    || waited.compareTo(limit) > 0) {
                return waited;
            }
            Thread.sleep(1);
        }
    }

    private static ProgressEvent answer(int n) {
        return new ProgressEvent.Answered(new StepKey("function", "quiz" + n), "answer " + n, true);
    }

    private static long count(Connection connection, String query) throws SQLException {
        return Long.parseLong(StoreFiles.single(connection, query));
    }
}
