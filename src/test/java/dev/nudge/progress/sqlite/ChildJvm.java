package dev.nudge.progress.sqlite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A JVM of its own for a store (or a node's seats) under test, so that it can be killed with {@code kill -9} like a
 * real tutor or server.
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** Runs {@code main} on this test's class path with the progress file {@code file}; output and errors merged. */
    static Process start(Class<?> main, Path file) throws IOException {
        // SQLite's native library is unpacked next to the progress file: a killed JVM leaves its copy behind.
        return start(main, List.of("-Dorg.sqlite.tmpdir=" + file.getParent()), List.of(file.toString()));
    }

    /** Runs {@code main} on this test's class path with the given JVM options and arguments; output and errors merged. */
    public static Process start(Class<?> main, List<String> jvmOptions, List<String> arguments) throws IOException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
