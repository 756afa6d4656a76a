package dev.nudge.progress.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;
import dev.nudge.progress.jdbc.Dialect;
import dev.nudge.progress.jdbc.MigrationContract;
import dev.nudge.progress.jdbc.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file an earlier nudge wrote opens at the current schema with its progress intact. */
class MigrationTest extends MigrationContract {
    private static final StepKey QUIZ = new StepKey("function", "quiz");

    @TempDir
    Path folder;
    private int rounds;

    @Override
    protected Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    protected Target database() {
        return target(folder.resolve("progress.db"));
    }

    @Override
    protected Target anotherDatabase() throws IOException {
        return target(Files.createDirectory(folder.resolve("round-" + rounds++)).resolve("progress.db"));
    }

    /**
     * SQLite answers the one that loses the race to switch a new file to the write-ahead log "database is locked" at
     * once, about once in sixty openings, so a few rounds alone would rarely show it.
     */
    @Override
    protected int rounds() {
        return 100;
    }

    private static Target target(Path file) {
        return new Target(() -> StoreFiles.open(file), () -> Database.connect(file));
    }

    @Test
    void anEmptyFileBecomesAProgressFile() throws IOException, SQLException {
        var file = Files.createFile(folder.resolve("progress.db"));
        try (var store = StoreFiles.open(file)) {
            store.record("ada", new ProgressEvent.Visited(QUIZ));
            assertThat(store.health().saving()).isTrue();
        }
        try (var connection = StoreFiles.raw(file)) {
            assertThat(Schema.version(connection, Dialect.SQLITE)).isEqualTo(Schema.CURRENT);
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
}
