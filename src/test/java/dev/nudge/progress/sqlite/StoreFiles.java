package dev.nudge.progress.sqlite;

import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.jdbc.Dialect;
import dev.nudge.progress.jdbc.Events;
import dev.nudge.progress.jdbc.Schema;
import dev.nudge.progress.jdbc.StoreChange;
import dev.nudge.progress.jdbc.WriteBatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/** Helpers to open stores and look inside their files the way a test needs. */
final class StoreFiles {
    static final Clock CLOCK = Events.CLOCK;

    /**
     * Whether the owner may write {@code path}, from its mode bits alone: what a user who is not root is held to, so
     * that tests running as root can still take the decisions a read-only folder leads to.
     */
    static final Predicate<Path> OWNER_MAY_WRITE = path -> {
        try {
            return Files.getPosixFilePermissions(path).contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException e) {
            return false;
        }
    };

    private StoreFiles() {
    }

    static SqliteProgressStore open(Path file) {
        return SqliteProgressStore.open(file, CLOCK, ConnectionSetup.NONE);
    }

    /** A plain connection, as another program would open the file. */
    /** Writes one event of {@code learner} straight into an open file, as the store's writer would. */
    static void append(Connection connection, String learner, ProgressEvent event) throws SQLException {
        WriteBatch.write(connection, Dialect.SQLITE, List.of(new StoreChange.Append(learner, CLOCK.instant(), event)));
    }

    static Connection raw(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    /**
     * A setup that lets the file grow no more, as a full disk would; it keeps the connection in {@code opened}, so a
     * test can make room again.
     */
    static ConnectionSetup fillsUp(AtomicReference<Connection> opened) {
        return connection -> {
            opened.set(connection);
            try (var statement = connection.createStatement()) {
                statement.execute("PRAGMA max_page_count = " + single(connection, "PRAGMA page_count"));
            }
        };
    }

    /** Makes {@code file} a progress file a newer nudge wrote: its schema is one past this nudge's. */
    static void writtenByNewerNudge(Path file) throws SQLException {
        try (var connection = Database.connect(file); var statement = connection.createStatement()) {
            Schema.migrate(connection, Dialect.SQLITE);
            statement.execute("INSERT INTO schema_version VALUES (" + (Schema.CURRENT + 1) + ", 0)");
        }
    }

    static String single(Connection connection, String query) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }
}
