package dev.nudge.progress.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.jdbc.Events;
import dev.nudge.progress.jdbc.Unsaved;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing writes everything waiting, or says, before it returns, how many answers and other changes were lost. */
class ClosingTest {
    @TempDir
    Path folder;

    private final List<String> warnings = new CopyOnWriteArrayList<>();

    private Path file() {
        return folder.resolve("progress.db");
    }

    @Test
    void everythingWaitingIsWrittenOnCloseAndNothingIsSaid() throws SQLException {
        var store = StoreFiles.open(file());
        store.warnTo(warnings::add);
        for (int i = 0; i < 20_000; i++) {
            store.record("flood", Events.visited(i % 2 == 0 ? Events.INTRO : Events.QUIZ));
        }
        store.record("ada", Events.answered(Events.QUIZ, true));

        assertThat(store.closeWithin(Duration.ofSeconds(10))).isEqualTo(Unsaved.NONE);
        assertThat(warnings).isEmpty();
        try (var reader = StoreFiles.raw(file())) {
            assertThat(StoreFiles.single(reader, "SELECT count(*) FROM event WHERE learner = 'ada'")).isEqualTo("1");
        }
    }

    @Test
    void aWriterThatCannotFinishInTimeIsCountedAndSaid() throws SQLException {
        assertThat(closeWhileLocked(3_000, Duration.ofMillis(200))).isEqualTo(new Unsaved(3, 2));
        assertSaidLost("writing did not finish within 200 ms");
    }

    @Test
    void aFileThatCannotBeWrittenAtCloseIsCountedAndSaidWithTheReason() throws SQLException {
        assertThat(closeWhileLocked(50, Duration.ofSeconds(5))).isEqualTo(new Unsaved(3, 2));
        assertSaidLost("could not save progress", "locked");
    }

    @Test
    void aChangeAfterClosingIsSaidOnce() {
        var store = StoreFiles.open(file());
        store.warnTo(warnings::add);
        store.close();
        store.record("ada", Events.answered(Events.QUIZ, true));
        store.record("ada", Events.answered(Events.QUIZ, true));

        assertThat(warnings).singleElement().asString().contains("progress of ada came after", "not saved");
    }

    /**
     * Records three answers and two other changes while another program holds the file's write lock, which the
     * store's connection waits for at most {@code busyMillis}, then closes the store within {@code wait}.
     */
    private Unsaved closeWhileLocked(int busyMillis, Duration wait) throws SQLException {
        try (var holder = StoreFiles.raw(file())) {
            var store = SqliteProgressStore.open(file(), StoreFiles.CLOCK, busyFor(busyMillis));
            store.warnTo(warnings::add);
            lock(holder);
            recordThreeAnswersAndTwoOthers(store);
            return store.closeWithin(wait);
        }
    }

    private void assertSaidLost(String... why) {
        assertThat(warnings).singleElement().asString()
                .contains("3 answers and 2 other progress changes were not saved to " + file(), "They are lost")
                .contains(why);
    }

    private static void recordThreeAnswersAndTwoOthers(SqliteProgressStore store) {
        store.record("ada", Events.visited(Events.QUIZ));
        store.record("ada", Events.answered(Events.QUIZ, false));
        store.record("ada", new ProgressEvent.HintTaken(Events.QUIZ, 1));
        store.record("ada", Events.answered(Events.QUIZ, true));
        store.record("bob", new ProgressEvent.Guessed(Events.GUESS, "P_1 down", true));
    }

    /** The store's connection waits at most {@code millis} for another program's write lock. */
    private static ConnectionSetup busyFor(int millis) {
        return connection -> execute(connection, "PRAGMA busy_timeout = " + millis);
    }

    /** Takes the file's write lock, as another program writing at length would hold it. */
    private static void lock(Connection holder) throws SQLException {
        execute(holder, "BEGIN IMMEDIATE");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
