package dev.nudge.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.progress.sqlite.SqliteProgressStore;
import dev.nudge.step.quiz.ShownChoices;
import dev.nudge.tui.runtime.Inbox;
import dev.nudge.tutor.TestCourse;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One learner pastes a flood of page keys into their session while another starts a session and answers a quiz:
 * the other's first frame and answer do not wait for the flood, the flooder is told their keys were cut, and the
 * progress file stays small. Sized to take a few seconds; {@code bench/key-flood.sh} measures the full megabyte.
 */
class KeyFloodTest {
    private static final String FIRST_SCREEN = "Understanding Neural Networks";
    /** The flood goes on until the other learner has answered, up to this much. */
    private static final int MOST_FLOOD_BYTES = 8 * 1024 * 1024;
    private static final Duration FIRST_FRAME_BOUND = Duration.ofSeconds(3);

    @TempDir
    Path temp;
    private final TestClient client = new TestClient();
    private final List<String> log = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopClient() {
        client.close();
    }

    @Test
    void aFloodInOneSessionDelaysNeitherAnotherLearnersFirstFrameNorTheirAnswer() throws Exception {
        var file = temp.resolve("progress.db");
        var store = SqliteProgressStore.open(file);
        var config = TestServer.config(temp, new AuthMode.AnyKey(), TestServer.ROOMY, IdlePolicy.closingAfter(Duration.ZERO));
        var server = ClassServer.start(config, new Classroom(TestCourse.book(), store), log::add);
        try (var flooder = client.terminal(server.port(), "flood", TestKeys.ed25519("flood"));
                var reader = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            flooder.awaitText(FIRST_SCREEN);
            flooder.type("\r");
            flooder.awaitText("Lesson 1/");
            var answered = new AtomicBoolean();
            var sent = new AtomicLong();
            var flood = new Thread(() -> paste(flooder, answered, sent), "flood");
            flood.start();

            long connecting = System.nanoTime();
            try (var learner = client.terminal(server.port(), "ada", TestKeys.ed25519("ada"))) {
                learner.awaitText(FIRST_SCREEN);
                var firstFrame = since(connecting);
                learner.type("\r\r\r\r");
                // The choices are in the learner's own order: pick the right one by what it says.
                learner.awaitText("4/4");
                var quiz = learner.awaitText(") P₀ and P₁");
                learner.type(ShownChoices.numberOn(quiz, "P₀ and P₁"));
                learner.awaitText("Right!");
                long shown = System.nanoTime();
                while (count(reader, "SELECT count(*) FROM event WHERE kind = 'answered' AND correct = 1") == 0
                        && since(shown).compareTo(SqliteProgressStore.COMMIT_BOUND.multipliedBy(4)) < 0) {
                    Thread.sleep(1);
                }
                var answerWritten = since(shown);
                answered.set(true);
                assertThat(flood.isAlive()).as("the flood went on while the other learner answered").isTrue();

                assertThat(firstFrame).as("a new session's first frame during the flood").isLessThan(FIRST_FRAME_BOUND);
                assertThat(answerWritten).as("from the verdict on screen to the answer in the file")
                        .isLessThanOrEqualTo(SqliteProgressStore.COMMIT_BOUND);
            }
            flood.join();
            flooder.awaitText("Too many keys at once: those past " + Inbox.KEY_CAPACITY + " waiting were ignored.");
            store.flush();
            assertThat(count(reader, "SELECT count(*) FROM event WHERE kind = 'visited'"))
                    .as("rows for %d page keys", sent.get()).isLessThan(sent.get() / 20);
        } finally {
            server.stop();
            store.close();
        }
    }

    /** Sends alternating next and previous keys, as pastes into the terminal would, until {@code stop} is set. */
    private static void paste(RemoteTerminal terminal, AtomicBoolean stop, AtomicLong sent) {
        var chunk = "np".repeat(8 * 1024);
        try {
            while (!stop.get() && sent.get() < MOST_FLOOD_BYTES) {
                terminal.type(chunk);
                sent.addAndGet(chunk.length());
            }
        } catch (IOException e) {
            throw new IllegalStateException("the flood could not be sent", e);
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static long count(Connection connection, String query) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
