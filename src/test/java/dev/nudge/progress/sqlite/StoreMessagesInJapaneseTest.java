package dev.nudge.progress.sqlite;

import static dev.nudge.progress.jdbc.Events.QUIZ;
import static dev.nudge.progress.jdbc.Events.answered;
import static dev.nudge.progress.jdbc.Events.visited;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.progress.StoreHealth;
import dev.nudge.progress.StoreMessage;
import dev.nudge.progress.jdbc.Schema;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every message the progress store gives the learner exists in English and in Japanese, and a store in each state a
 * learner can meet (a folder in the way, a link loop, a folder where the file should be, a newer file, a damaged file,
 * a read-only folder, a full disk) tells a Japanese learner in Japanese: only the paths, nudge's name and its options
 * (and the name of the database a class may share) stay as they are.
 */
class StoreMessagesInJapaneseTest {
    /**
     * What may stay in Latin letters in a Japanese message: paths, the program's name, its option and variable, and
     * PostgreSQL's name.
     */
    private static final Pattern KEPT = Pattern.compile("/[\\w./-]*|nudge|--data DIR|NUDGE_DATA|PostgreSQL");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

    @TempDir
    Path folder;

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = StoreMessage.class.getResourceAsStream("/dev/nudge/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The English words left in {@code text} once the paths and names that stay as they are are taken out. */
    private static String englishIn(String text) {
        var words = new StringBuilder();
        var left = WORD.matcher(KEPT.matcher(text).replaceAll(""));
        while (left.find()) {
            words.append(left.group()).append(' ');
        }
        return words.toString().strip();
    }

    private static void saidInJapanese(StoreHealth health, String... english) {
        var problem = health.problem().orElseThrow();
        assertThat(problem.english()).contains(english);
        var japanese = problem.text(Language.JA);
        assertThat(englishIn(japanese)).as(japanese).isEmpty();
        assertThat(japanese).contains("進み具合");
    }

    @Test
    void everyStoreMessageHasAJapaneseTextOfItsOwn() throws IOException {
        var english = bundle("messages.properties");
        var japanese = bundle("messages_ja.properties");
        var keys = english.stringPropertyNames().stream().filter(key -> key.startsWith("store.")).toList();
        assertThat(keys).hasSizeGreaterThan(30);
        for (var key : keys) {
            var text = japanese.getProperty(key);
            assertThat(text).as(key).isNotBlank();
            if (WORD.matcher(english.getProperty(key)).find()) {
                assertThat(englishIn(text)).as(key + ": " + text).isEmpty();
                assertThat(text).as(key).isNotEqualTo(english.getProperty(key));
            }
        }
    }

    @Test
    void aFileWhereTheFolderShouldBe() throws IOException {
        var inTheWay = Files.writeString(folder.resolve("data"), "x");
        try (var store = StoreFiles.open(inTheWay.resolve("nudge").resolve("progress.db"))) {
            saidInJapanese(store.health(), "cannot create the folder", "part of the path is not a folder");
        }
    }

    @Test
    void aLinkToItselfAndAFolderWhereTheFileShouldBe() throws IOException {
        var loop = Files.createSymbolicLink(folder.resolve("loop.db"), Path.of("loop.db"));
        try (var store = StoreFiles.open(loop)) {
            saidInJapanese(store.health(), "leads back to itself");
        }
        try (var store = StoreFiles.open(Files.createDirectory(folder.resolve("progress.db")))) {
            saidInJapanese(store.health(), "it is a folder, not a file");
        }
    }

    @Test
    void aFileFromANewerNudge() throws SQLException, IOException {
        var file = folder.resolve("progress.db");
        StoreFiles.writtenByNewerNudge(file);
        try (var store = StoreFiles.open(file)) {
            saidInJapanese(store.health(), "newer nudge");
            assertThat(store.health().problem().orElseThrow().text(Language.JA))
                    .contains("新しい nudge", "バージョンは " + (Schema.CURRENT + 1));
        }
    }

    @Test
    void aDamagedFileSetAside() throws IOException {
        Files.writeString(folder.resolve("progress.db"), "not a database at all\n".repeat(200));
        try (var store = StoreFiles.open(folder.resolve("progress.db"))) {
            saidInJapanese(store.health(), "is damaged", "kept as");
            assertThat(store.health().problem().orElseThrow().text(Language.JA)).contains("壊れています");
        }
    }

    @Test
    void aFileInAFolderThatMayOnlyBeRead() throws IOException {
        var readOnly = Files.createDirectory(folder.resolve("read-only"));
        var file = readOnly.resolve("progress.db");
        try (var store = StoreFiles.open(file)) {
            store.record("ada", visited(QUIZ));
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            var opened = new FileOpening(file, StoreFiles.CLOCK, ConnectionSetup.NONE, StoreFiles.OWNER_MAY_WRITE)
                    .open();
            opened.connection().orElseThrow().close();
            saidInJapanese(opened.health(), "cannot be written here, so it is only read");
            assertThat(opened.health().problem().orElseThrow().text(Language.JA)).contains("読むだけにしています");
        } catch (SQLException e) {
            throw new AssertionError(e);
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aFullDisk() throws SQLException {
        var fillsUp = StoreFiles.fillsUp(new AtomicReference<>());
        try (var store = SqliteProgressStore.open(folder.resolve("progress.db"), StoreFiles.CLOCK, fillsUp)) {
            for (int i = 0; store.health().saving() && i < 10_000; i++) {
                store.record("ada", answered(QUIZ, false));
                store.flush();
            }
            saidInJapanese(store.health(), "could not save progress", "the disk is full");
            assertThat(store.health().problem().orElseThrow().text(Language.JA)).contains("ディスクがいっぱいです");
        }
    }
}
