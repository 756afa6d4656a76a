package dev.nudge.progress.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.progress.Progress;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;
import dev.nudge.progress.StoreMessage;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every database an earlier nudge wrote opens at the current schema with its progress intact, on every kind of
 * store, and stores starting together on a new database migrate it once: each store's test extends this.
 */
public abstract class MigrationContract {
    private static final StepKey QUIZ = new StepKey("function", "quiz");

    /**
     * Rows as each schema version stored them, for the learner "ada": a visit and a right answer. A new schema
     * version adds the rows its predecessor would hold.
     */
    private static final List<String> ADA_ANSWERED = List.of(
            "INSERT INTO event (learner, at_millis, kind, lesson, step) VALUES ('ada', 1, 'visited', 'function', 'quiz')",
            "INSERT INTO event (learner, at_millis, kind, lesson, step, answer, correct)"
                    + " VALUES ('ada', 2, 'answered', 'function', 'quiz', '9', 1)");
    private static final Map<Integer, List<String>> ROWS_AT_VERSION = Map.of(1, ADA_ANSWERED,
            2, Stream.concat(ADA_ANSWERED.stream(), Stream.of("INSERT INTO learner_key"
                    + " (learner, fingerprint, first_seen_millis, last_seen_millis) VALUES ('ada', 'SHA256:x', 1, 2)"))
                    .toList());

    /** A database of this kind: stores opened on it, and plain connections to it. */
    public record Target(Supplier<JdbcProgressStore> stores, Callable<Connection> raw) {
    }

    protected abstract Dialect dialect();

    /** The test's own database, empty at the start of each test. */
    protected abstract Target database();

    /** Another new, empty database each time. */
    protected abstract Target anotherDatabase() throws Exception;

    /** How many times stores start together on a new database: enough for a race to show. */
    protected abstract int rounds();

    static IntStream earlierVersions() {
        return IntStream.range(0, Schema.CURRENT);
    }

    @ParameterizedTest(name = "from version {0}")
    @MethodSource("earlierVersions")
    void aDatabaseOfAnEarlierVersionIsBroughtUpToDateKeepingItsProgress(int version) throws Exception {
        try (var connection = database().raw().call()) {
            Schema.migrate(connection, dialect(), version);
            assertThat(Schema.version(connection, dialect())).isEqualTo(version);
            if (version > 0) {
                assertThat(ROWS_AT_VERSION).as("sample rows for schema version " + version).containsKey(version);
                try (var statement = connection.createStatement()) {
                    for (var row : ROWS_AT_VERSION.get(version)) {
                        statement.execute(row);
                    }
                }
            }
        }
        var expected = version == 0 ? Progress.NONE : Progress.replay(List.of(new ProgressEvent.Visited(QUIZ),
                new ProgressEvent.Answered(QUIZ, "9", true)));
        try (var store = database().stores().get()) {
            assertThat(store.load("ada")).isEqualTo(expected);
        }
        assertThat(versionOf(database())).isEqualTo(Schema.CURRENT);
    }

    @Test
    void everyVersionIsRecordedOnce() throws Exception {
        database().stores().get().close();
        database().stores().get().close();
        try (var connection = database().raw().call(); var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
            var versions = new ArrayList<Integer>();
            while (rows.next()) {
                versions.add(rows.getInt(1));
            }
            assertThat(versions).isEqualTo(IntStream.rangeClosed(1, Schema.CURRENT).boxed().toList());
        }
    }

    /** Four stores opening one new database at once, round after round: each must open it for saving. */
    @Test
    void storesStartingTogetherMigrateTheDatabaseOnce() throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < rounds(); round++) {
                var target = anotherDatabase();
                var opened = new ArrayList<Future<Optional<String>>>();
                for (int i = 0; i < 4; i++) {
                    opened.add(pool.submit(() -> {
                        try (var store = target.stores().get()) {
                            return store.health().saving() ? Optional.<String>empty()
                                    : store.health().problem().map(StoreMessage::english);
                        }
                    }));
                }
                for (var future : opened) {
                    assertThat(future.get()).as("round %d", round).isEmpty();
                }
                assertThat(versionOf(target)).isEqualTo(Schema.CURRENT);
            }
        } finally {
            pool.shutdown();
        }
    }

    private int versionOf(Target target) throws Exception {
        try (var connection = target.raw().call()) {
            return Schema.version(connection, dialect());
        }
    }

    /** Marks the database behind {@code connection} as written by a newer nudge: one version past this one. */
    protected void writtenByNewerNudge(Connection connection) throws SQLException {
        Schema.migrate(connection, dialect());
        try (var statement = connection.createStatement()) {
            statement.execute("INSERT INTO schema_version VALUES (" + (Schema.CURRENT + 1) + ", 0)");
        }
    }
}
