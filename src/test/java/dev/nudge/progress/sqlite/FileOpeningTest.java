package dev.nudge.progress.sqlite;

import static dev.nudge.progress.jdbc.Events.INTRO;
import static dev.nudge.progress.jdbc.Events.QUIZ;
import static dev.nudge.progress.jdbc.Events.answered;
import static dev.nudge.progress.jdbc.Events.visited;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.progress.StepKey;
import dev.nudge.progress.jdbc.Unsaved;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What opening a progress file does with the paths and permissions a machine can hold. */
class FileOpeningTest {
    @TempDir
    Path temp;

    private static Opened open(Path file) {
        return new FileOpening(file, StoreFiles.CLOCK, ConnectionSetup.NONE).open();
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static void close(Opened opened) throws Exception {
        if (opened.connection().isPresent()) {
            opened.connection().get().close();
        }
    }

    private static void assertMemoryOnly(Opened opened, String... said) throws Exception {
        assertThat(opened.connection()).isEmpty();
        assertThat(opened.health().saving()).isFalse();
        assertThat(opened.health().problem().orElseThrow().english()).contains(said)
                .contains("kept only until nudge ends");
    }

    @Test
    void aProgressFileThatIsALinkToItselfGetsAMessageAndProgressIsKeptInMemory() throws Exception {
        var file = Files.createSymbolicLink(temp.resolve("progress.db"), Path.of("progress.db"));
        assertMemoryOnly(open(file), "cannot use the progress file " + file
                + ": it is a symbolic link that leads back to itself (a loop of links)", "--data DIR");
    }

    @Test
    void twoLinksToEachOtherAreALoopToo() throws Exception {
        Files.createSymbolicLink(temp.resolve("other.db"), Path.of("progress.db"));
        var file = Files.createSymbolicLink(temp.resolve("progress.db"), Path.of("other.db"));
        assertMemoryOnly(open(file), "leads back to itself");
    }

    @Test
    void aLinkToNothingIsNotFollowedToMakeAFile() throws Exception {
        var target = temp.resolve("elsewhere.db");
        var file = Files.createSymbolicLink(temp.resolve("progress.db"), target);
        assertMemoryOnly(open(file), "it is a symbolic link to " + target + ", which does not exist");
        assertThat(target).doesNotExist();
    }

    @Test
    void aFolderWhereTheFileShouldBeGetsAMessage() throws Exception {
        var file = Files.createDirectory(temp.resolve("progress.db"));
        assertMemoryOnly(open(file), "cannot use the progress file " + file + ": it is a folder, not a file");
    }

    @Test
    void aFileWhereTheFolderShouldBeGetsAMessage() throws Exception {
        var inTheWay = Files.writeString(temp.resolve("data"), "x");
        assertMemoryOnly(open(inTheWay.resolve("progress.db")), "cannot create the folder " + inTheWay,
                "something that is not a folder is in the way");
    }

    @Test
    void aLinkToARealFileIsFollowedAndTheFileUsed() throws Exception {
        var real = Files.createFile(Files.createDirectory(temp.resolve("real")).resolve("progress.db"));
        var link = Files.createSymbolicLink(temp.resolve("progress.db"), real);
        var opened = open(link);
        try {
            assertThat(opened.health().saving()).isTrue();
            StoreFiles.append(opened.connection().orElseThrow(), "ada", visited(INTRO));
        } finally {
            close(opened);
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        try (var connection = StoreFiles.raw(real)) {
            assertThat(StoreFiles.single(connection, "SELECT count(*) FROM event")).isEqualTo("1");
        }
    }

    @Test
    void aNewFolderAndProgressFileAndSqliteFilesBesideItAreOwnerOnly() throws Exception {
        var folder = temp.resolve("new/nudge");
        var opened = open(folder.resolve("progress.db"));
        try {
            StoreFiles.append(opened.connection().orElseThrow(), "ada", visited(INTRO));
            assertThat(mode(temp.resolve("new"))).isEqualTo("rwx------");
            assertThat(mode(folder)).isEqualTo("rwx------");
            for (var name : List.of("progress.db", "progress.db-wal", "progress.db-shm")) {
                assertThat(mode(folder.resolve(name))).as(name).isEqualTo("rw-------");
            }
        } finally {
            close(opened);
        }
    }

    @Test
    void anExistingFolderKeepsItsMode() throws Exception {
        var folder = Files.createDirectory(temp.resolve("shared"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-x---"));
        close(open(folder.resolve("progress.db")));
        assertThat(mode(folder)).isEqualTo("rwxr-x---");
        assertThat(mode(folder.resolve("progress.db"))).isEqualTo("rw-------");
    }

    /** A file with two events of ada's, in a folder then made read-only. */
    private Path readOnlyFileWithProgress() throws Exception {
        var folder = Files.createDirectory(temp.resolve("read-only"));
        var file = folder.resolve("progress.db");
        try (var store = StoreFiles.open(file)) {
            store.record("ada", visited(INTRO));
            store.record("ada", answered(QUIZ, true));
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        return file;
    }

    private static List<String> names(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFileInAReadOnlyFolderIsReadSoTheLearnerContinuesAndNewProgressStaysInMemory() throws Exception {
        var file = readOnlyFileWithProgress();
        var before = Files.readAllBytes(file);
        var namesBefore = names(file.getParent());
        try {
            var opened = new FileOpening(file, StoreFiles.CLOCK, ConnectionSetup.NONE, StoreFiles.OWNER_MAY_WRITE).open();
            assertThat(opened.writable()).isFalse();
            assertThat(opened.health().saving()).isFalse();
            assertThat(opened.health().problem().orElseThrow().english()).contains("the progress file " + file,
                    "cannot be written here, so it is only read", "your earlier progress is shown",
                    "new progress is kept only until nudge ends");
            var store = SqliteProgressStore.over(file, opened, StoreFiles.CLOCK);
            assertThat(store.load("ada").position()).contains(INTRO);
            assertThat(store.load("ada").of(QUIZ).firstTry()).isTrue();

            var next = new StepKey("function", "next");
            store.record("ada", visited(next));
            store.flush();
            assertThat(store.load("ada").position()).as("kept in memory").contains(next);
            assertThat(store.closeWithin(Duration.ZERO)).as("nothing is written to a file only read")
                    .isEqualTo(new Unsaved(0, 1));
        } finally {
            Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwx------"));
        }
        assertThat(Files.readAllBytes(file)).as("the file is not written").isEqualTo(before);
        assertThat(names(file.getParent())).as("nothing is made beside it").isEqualTo(namesBefore);
    }

    @Test
    void theDecisionToOnlyReadIsTheFoldersOrTheFilesMode() throws Exception {
        var file = readOnlyFileWithProgress();
        Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwx------"));
        var checked = new ArrayList<Path>();
        Predicate<Path> recording = path -> {
            checked.add(path);
            return StoreFiles.OWNER_MAY_WRITE.test(path);
        };
        var opened = new FileOpening(file, StoreFiles.CLOCK, ConnectionSetup.NONE, recording).open();
        close(opened);
        assertThat(opened.writable()).as("the file itself is read-only").isFalse();
        assertThat(checked).contains(file.getParent(), file);

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        var writable = new FileOpening(file, StoreFiles.CLOCK, ConnectionSetup.NONE, StoreFiles.OWNER_MAY_WRITE).open();
        close(writable);
        assertThat(writable.writable()).isTrue();
        assertThat(writable.health().saving()).isTrue();
    }
}
