package dev.nudge.progress.sqlite;

import dev.nudge.progress.jdbc.JdbcProgressStore;
import dev.nudge.progress.jdbc.StoreReplayContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Whatever a learner does, a store opened on the same file gives back the progress the tutor computed. */
class StoreReplayPropertiesTest extends StoreReplayContract {
    private static Path folder;
    private static SqliteProgressStore writer;
    private static SqliteProgressStore reader;

    @BeforeAll
    static void openStores() throws IOException {
        folder = Files.createTempDirectory("nudge-replay");
        writer = StoreFiles.open(folder.resolve("progress.db"));
        reader = StoreFiles.open(folder.resolve("progress.db"));
    }

    @AfterAll
    static void closeStores() throws IOException {
        writer.close();
        reader.close();
        try (var files = Files.list(folder)) {
            for (var file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    @Override
    protected JdbcProgressStore writer() {
        return writer;
    }

    @Override
    protected JdbcProgressStore reader() {
        return reader;
    }
}
