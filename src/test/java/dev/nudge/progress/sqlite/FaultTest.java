package dev.nudge.progress.sqlite;

import static dev.nudge.progress.jdbc.Events.INTRO;
import static dev.nudge.progress.jdbc.Events.QUIZ;
import static dev.nudge.progress.jdbc.Events.answered;
import static dev.nudge.progress.jdbc.Events.visited;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.progress.StoreHealth;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged file, a folder that cannot be written and a full disk: the learner is told, and the tutor goes on. */
class FaultTest {
    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("progress.db");
    }

    @Test
    void aFileOfJunkIsSetAsideWithAMessageAndANewFileStarted() throws IOException {
        var junk = "this is not an SQLite file, but a learner's progress might be in it\n".repeat(100)
                .getBytes(StandardCharsets.UTF_8);
        Files.write(file(), junk);
        try (var store = StoreFiles.open(file())) {
            var health = store.health();
            var aside = folder.resolve("progress.db.corrupt-20250301-093000");
            assertThat(health.saving()).isTrue();
            assertThat(health.problem().orElseThrow().english())
                    .contains(file().toString(), "damaged", "kept as " + aside, "new progress file", "backup");
            assertThat(Files.readAllBytes(aside)).isEqualTo(junk);
            store.record("ada", visited(QUIZ));
        }
        try (var store = StoreFiles.open(file())) {
            assertThat(store.load("ada").position()).contains(QUIZ);
            assertThat(store.health()).isEqualTo(StoreHealth.SAVING);
        }
    }

    @Test
    void aFileDamagedInsideIsFoundAtStartAndSetAside() throws IOException {
        try (var store = StoreFiles.open(file())) {
            for (int i = 0; i < 300; i++) {
                store.record("learner-" + i, answered(QUIZ, i % 3 == 0));
            }
        }
        var scribble = new byte[3 * 4096];
        new Random(6).nextBytes(scribble);
        try (var bytes = new RandomAccessFile(file().toFile(), "rw")) {
            bytes.seek(2 * 4096);
            bytes.write(scribble);
        }
        try (var store = StoreFiles.open(file())) {
            assertThat(store.health().problem().orElseThrow().english()).contains("damaged", ".corrupt-");
            assertThat(folder.resolve("progress.db.corrupt-20250301-093000")).exists();
        }
    }

    @Test
    void aFolderThatCannotBeCreatedKeepsProgressInMemoryAndSaysSo() throws IOException {
        var inTheWay = Files.writeString(folder.resolve("data"), "a file where the data folder should be");
        var file = inTheWay.resolve("nudge").resolve("progress.db");
        try (var store = StoreFiles.open(file)) {
            assertThat(store.health().saving()).isFalse();
            assertThat(store.health().problem().orElseThrow().english())
                    .contains(inTheWay.resolve("nudge").toString(), "kept only until nudge ends", "--data DIR",
                            "NUDGE_DATA");
            store.record("ada", visited(INTRO));
            store.record("ada", answered(QUIZ, true));
            assertThat(store.load("ada").of(QUIZ).firstTry()).isTrue();
        }
        assertThat(Files.readString(inTheWay)).isEqualTo("a file where the data folder should be");
    }

    @Test
    void aReadOnlyFolderKeepsProgressInMemoryAndSaysSo() throws IOException {
        var readOnly = Files.createDirectory(folder.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(canCreateFileIn(readOnly),
                    "skipped: this user (root) may write into a read-only folder; the full-disk test covers writing");
            try (var store = StoreFiles.open(readOnly.resolve("progress.db"))) {
                assertThat(store.health().saving()).isFalse();
                assertThat(store.health().problem().orElseThrow().english())
                        .contains(readOnly.resolve("progress.db").toString(), "kept only until nudge ends");
            }
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /**
     * SQLite itself reports the disk as full ({@code SQLITE_FULL}) once the file may grow no more: the store tells
     * its listener, keeps what follows in memory, and writes it all once there is room again.
     */
    @Test
    void aFullDiskIsReportedAndWhatFollowsIsWrittenOnceThereIsRoom() throws SQLException {
        var connection = new AtomicReference<Connection>();
        var fillsUp = StoreFiles.fillsUp(connection);
        var heard = new CopyOnWriteArrayList<StoreHealth>();
        try (var store = SqliteProgressStore.open(file(), StoreFiles.CLOCK, fillsUp)) {
            store.onHealthChange(heard::add);
            int recorded = 0;
            while (store.health().saving() && recorded < 10_000) {
                store.record("ada", answered(QUIZ, false));
                recorded++;
                store.flush();
            }
            assertThat(store.health().saving()).isFalse();
            assertThat(store.health().problem().orElseThrow().english())
                    .contains(file().toString(), "full", "kept in memory", "saved as soon as writing works again");
            assertThat(heard).hasSize(1);
            store.record("ada", answered(QUIZ, true));
            assertThat(store.load("ada").of(QUIZ).attempts()).isEqualTo(recorded + 1);

            execute(connection.get(), "PRAGMA max_page_count = 1000000");
            store.record("ada", visited(QUIZ));
            store.flush();
            assertThat(store.health()).isEqualTo(StoreHealth.SAVING);
            assertThat(heard).hasSize(2);
            assertThat(store.load("ada").of(QUIZ).attempts()).isEqualTo(recorded + 1);
        }
        try (var reopened = StoreFiles.open(file())) {
            var progress = reopened.load("ada");
            assertThat(progress.of(QUIZ).solved()).isTrue();
            assertThat(progress.position()).contains(QUIZ);
        }
    }

    private static boolean canCreateFileIn(Path readOnly) {
        try {
            Files.delete(Files.createFile(readOnly.resolve("probe")));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

}
