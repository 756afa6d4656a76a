package dev.nudge.progress.sqlite;

import java.io.IOException;
import java.nio.file.Path;

/** A JVM of its own for a store under test, so that it can be killed with {@code kill -9} like a real tutor. */
final class ChildJvm {
    private ChildJvm() {
    }

    /** Runs {@code main} on this test's class path with the progress file {@code file}; output and errors merged. */
    static Process start(Class<?> main, Path file) throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // SQLite's native library is unpacked next to the progress file: a killed JVM leaves its copy behind.
        return new ProcessBuilder(java, "-Dorg.sqlite.tmpdir=" + file.getParent(), "-cp",
                System.getProperty("java.class.path"), main.getName(), file.toString())
                .redirectErrorStream(true).start();
    }
}
