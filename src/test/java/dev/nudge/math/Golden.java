package dev.nudge.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Compares text with a golden file, or rewrites the file when run with {@code -Dsnapshot.update=true}. */
final class Golden {
    private static final Path DIRECTORY = Path.of("src/test/resources/dev/nudge/math");

    private Golden() {
    }

    static Path path(String name) {
        return DIRECTORY.resolve(name);
    }

    static String read(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertMatches(String name, String actual) {
        Path file = path(name);
        try {
            if (Boolean.getBoolean("snapshot.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertThat(file).as("golden file (create it with -Dsnapshot.update=true)").exists();
            assertThat(actual).as("golden file %s (rewrite with -Dsnapshot.update=true)", file)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
