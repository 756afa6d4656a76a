package dev.nudge.progress.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.progress.Progress;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;
import dev.nudge.progress.StoreMessage;
import dev.nudge.progress.jdbc.Dialect;
import dev.nudge.progress.jdbc.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file an earlier nudge wrote opens at the current schema with its progress intact. */
class MigrationTest {
    private static final StepKey QUIZ = new StepKey("function", "quiz");

    /**
     * Rows as each schema version stored them, for the learner "ada": a visit and a right answer. A new schema
     * version adds the rows its predecessor would hold.
     */
    private static final Map<Integer, List<String>> ROWS_AT_VERSION = Map.of(1, List.of(
            "INSERT INTO event (learner, at_millis, kind, lesson, step) VALUES ('ada', 1, 'visited', 'function', 'quiz')",
            "INSERT INTO event (learner, at_millis, kind, lesson, step, answer, correct)"
                    + " VALUES ('ada', 2, 'answered', 'function', 'quiz', '9', 1)"));

    @TempDir
    Path folder;

    static IntStream earlierVersions() {
        return IntStream.range(0, Schema.CURRENT);
    }

    @ParameterizedTest(name = "from version {0}")
    @MethodSource("earlierVersions")
    void aFileOfAnEarlierVersionIsBroughtUpToDateKeepingItsProgress(int version) throws SQLException {
        var file = folder.resolve("progress.db");
        try (var connection = Database.connect(file)) {
            Schema.migrate(connection, Dialect.SQLITE, version);
            assertThat(Schema.version(connection, Dialect.SQLITE)).isEqualTo(version);
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
        try (var store = StoreFiles.open(file)) {
            assertThat(store.load("ada")).isEqualTo(expected);
        }
        assertThat(versionOf(file)).isEqualTo(Schema.CURRENT);
    }

    @Test
    void anEmptyFileBecomesAProgressFile() throws IOException, SQLException {
        var file = Files.createFile(folder.resolve("progress.db"));
        try (var store = StoreFiles.open(file)) {
            store.record("ada", new ProgressEvent.Visited(QUIZ));
            assertThat(store.health().saving()).isTrue();
        }
        assertThat(versionOf(file)).isEqualTo(Schema.CURRENT);
    }

    @Test
    void everyVersionIsRecordedOnce() throws SQLException {
        var file = folder.resolve("progress.db");
        StoreFiles.open(file).close();
        StoreFiles.open(file).close();
        try (var connection = StoreFiles.raw(file)) {
            assertThat(StoreFiles.single(connection, "SELECT count(*) || ':' || group_concat(version) FROM schema_version"))
                    .isEqualTo(Schema.CURRENT + ":" + String.join(",", IntStream.rangeClosed(1, Schema.CURRENT)
                            .mapToObj(String::valueOf).toList()));
        }
    }

    /**
     * Four openings of one new file at once, a hundred times: each must open it for saving. SQLite answers the one
     * that loses the race to switch a new file to the write-ahead log "database is locked" at once, about once in
     * sixty openings, so one round alone would rarely show it.
     */
    @Test
    void processesStartingTogetherMigrateTheFileOnce() throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 100; round++) {
                var file = Files.createDirectory(folder.resolve("round-" + round)).resolve("progress.db");
                var opened = new ArrayList<Future<Optional<String>>>();
                for (int i = 0; i < 4; i++) {
                    opened.add(pool.submit(() -> {
                        try (var store = StoreFiles.open(file)) {
                            return store.health().saving() ? Optional.<String>empty()
                                    : store.health().problem().map(StoreMessage::english);
                        }
                    }));
                }
                for (var future : opened) {
                    assertThat(future.get()).as("round %d", round).isEmpty();
                }
                assertThat(versionOf(file)).isEqualTo(Schema.CURRENT);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aFileFromANewerNudgeIsLeftAloneAndProgressKeptInMemory() throws SQLException, IOException {
        var file = folder.resolve("progress.db");
        StoreFiles.writtenByNewerNudge(file);
        var before = Files.readAllBytes(file);
        try (var store = StoreFiles.open(file)) {
            assertThat(store.health().saving()).isFalse();
            assertThat(store.health().problem().orElseThrow().english())
                    .contains(file.toString(), "newer nudge", "Update nudge", "--data");
            store.record("ada", new ProgressEvent.Visited(QUIZ));
            assertThat(store.load("ada").position()).contains(QUIZ);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private static int versionOf(Path file) throws SQLException {
        try (var connection = StoreFiles.raw(file)) {
            return Schema.version(connection, Dialect.SQLITE);
        }
    }
}
