package dev.nudge.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whole-screen golden files under {@code src/test/resources/snapshots}. Run the tests with
 * {@code -Dsnapshot.update=true} to write the current screens as the new golden files, then review the diff.
 */
public final class Snapshots {
    private static final Path DIRECTORY = Path.of("src", "test", "resources", "snapshots");

    private Snapshots() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("snapshot.update");
    }

    /** Asserts that the tutor's screen settles on the golden screen {@code name} (or records it when updating). */
    public static void assertScreen(VirtualTutor tutor, String name) {
        assertGolden(name, tutor.awaitSettled());
    }

    /** Asserts that {@code actual} is the golden file {@code name} (or records it when updating). */
    public static void assertGolden(String name, String actual) {
        var file = DIRECTORY.resolve(name + ".txt");
        try {
            if (updating()) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(file).as("golden screen %s (create it with -Dsnapshot.update=true)", file).exists();
            assertThat(actual).as("screen %s", name).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
