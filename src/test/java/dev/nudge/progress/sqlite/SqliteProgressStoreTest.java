package dev.nudge.progress.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.progress.Progress;
import dev.nudge.progress.jdbc.JdbcProgressStore;
import dev.nudge.progress.jdbc.ProgressStoreContract;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every store's promises, kept in an SQLite file, which the first store makes. */
class SqliteProgressStoreTest extends ProgressStoreContract {
    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("nudge").resolve("progress.db");
    }

    @Override
    protected JdbcProgressStore open() {
        return StoreFiles.open(file());
    }

    @Override
    protected Connection raw() throws SQLException {
        return StoreFiles.raw(file());
    }

    @Test
    void theFileAndItsFolderAreCreatedByTheFirstStore() {
        try (var store = open()) {
            assertThat(store.load("ada")).isEqualTo(Progress.NONE);
        }
        assertThat(file()).exists();
    }
}
