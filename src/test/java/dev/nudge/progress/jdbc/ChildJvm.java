package dev.nudge.progress.jdbc;

import dev.nudge.progress.postgresql.PostgresAddress;
import dev.nudge.progress.postgresql.PostgresProgressStore;
import dev.nudge.progress.sqlite.SqliteProgressStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A JVM of its own for a store (or a node's seats) under test, so that it can be killed with {@code kill -9} like a
 * real tutor or node.
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    /**
     * Runs {@code main} on this test's class path with the store at {@code location} (a progress file, or a
     * {@code postgresql://} address); output and errors merged. SQLite's native library is unpacked into
     * {@code scratch}: a killed JVM leaves its copy behind.
     */
    static Process start(Class<?> main, String location, Path scratch) throws IOException {
        return start(main, List.of("-Dorg.sqlite.tmpdir=" + scratch), List.of(location));
    }

    /** Runs {@code main} on this test's class path with the given JVM options and arguments; output and errors merged. */
    public static Process start(Class<?> main, List<String> jvmOptions, List<String> arguments) throws IOException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** The store a child opens at {@code location}, as the tutor or a node would. */
    static JdbcProgressStore open(String location) {
        return location.startsWith("postgresql://") ? PostgresProgressStore.open(PostgresAddress.parse(location))
                : SqliteProgressStore.open(Path.of(location));
    }
}
