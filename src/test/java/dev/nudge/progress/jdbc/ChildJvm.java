package dev.nudge.progress.jdbc;

import dev.nudge.progress.postgresql.PostgresAddress;
import dev.nudge.progress.postgresql.PostgresProgressStore;
import dev.nudge.progress.sqlite.SqliteProgressStore;
import java.io.IOException;
import java.nio.file.Path;

/** A JVM of its own for a store under test, so that it can be killed with {@code kill -9} like a real tutor or node. */
final class ChildJvm {
    private ChildJvm() {
    }

    /**
     * Runs {@code main} on this test's class path with the store at {@code location} (a progress file, or a
     * {@code postgresql://} address); output and errors merged. SQLite's native library is unpacked into
     * {@code scratch}: a killed JVM leaves its copy behind.
     */
    static Process start(Class<?> main, String location, Path scratch) throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Dorg.sqlite.tmpdir=" + scratch, "-cp",
                System.getProperty("java.class.path"), main.getName(), location)
                .redirectErrorStream(true).start();
    }

    /** The store a child opens at {@code location}, as the tutor or a node would. */
    static JdbcProgressStore open(String location) {
        return location.startsWith("postgresql://") ? PostgresProgressStore.open(PostgresAddress.parse(location))
                : SqliteProgressStore.open(Path.of(location));
    }
}
