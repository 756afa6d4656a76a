package dev.nudge.progress.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

class NativeLibraryTest {

    @Test
    void theLibraryIsCopiedOnceAndIsTheDriversOwn(@TempDir Path folder) throws IOException {
        var copy = NativeLibrary.copied(folder).orElseThrow();
        var resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (var original = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            assertThat(Files.readAllBytes(copy)).isEqualTo(original.readAllBytes());
        }
        assertThat(copy.getParent().getFileName().toString()).startsWith("sqlite-" + SQLiteJDBCLoader.getVersion() + "-");

        var marked = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(copy, marked);
        assertThat(NativeLibrary.copied(folder)).contains(copy);
        assertThat(Files.getLastModifiedTime(copy)).as("the second start uses the copy as it is").isEqualTo(marked);
        try (var files = Files.list(copy.getParent())) {
            assertThat(files).as("no partial copies are left").containsExactly(copy);
        }
    }

    @Test
    void aFolderThatCannotBeMadeMeansNoCopy(@TempDir Path temp) throws IOException {
        var notAFolder = Files.writeString(temp.resolve("file"), "in the way");
        assertThat(NativeLibrary.copied(notAFolder)).isEmpty();
    }
}
