package dev.nudge.progress.sqlite;

import dev.nudge.progress.OwnerOnly;
import dev.nudge.progress.StoreHealth;
import dev.nudge.progress.StoreMessage;
import dev.nudge.progress.jdbc.Dialect;
import dev.nudge.progress.jdbc.NewerSchemaException;
import dev.nudge.progress.jdbc.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Opens the progress file at the start of a session and decides what to do when that fails: a damaged file is set
 * aside and a new one started, anything else leaves the file alone and keeps progress in memory; either way with a
 * message that names the file. Nothing here ever writes over a learner's data.
 */
final class FileOpening {
    static final int SQLITE_CORRUPT = 11;
    static final int SQLITE_NOTADB = 26;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final Clock clock;
    private final ConnectionSetup setup;
    private final Predicate<Path> writable;

    FileOpening(Path file, Clock clock, ConnectionSetup setup) {
        this(file, clock, setup, Files::isWritable);
    }

    /** {@code writable} says whether this process may write a folder or file; tests running as root choose it. */
    FileOpening(Path file, Clock clock, ConnectionSetup setup, Predicate<Path> writable) {
        this.file = file.toAbsolutePath();
        this.clock = clock;
        this.setup = setup;
        this.writable = writable;
    }

    Opened open() {
        var folder = file.getParent();
        try {
            OwnerOnly.createFolder(folder);
        } catch (IOException e) {
            return Opened.memoryOnly(StoreMessages.cannotCreateFolder(folder, FailureReason.of(e)));
        }
        var found = FileLocation.of(file);
        if (found instanceof FileLocation.Unusable unusable) {
            return Opened.memoryOnly(StoreMessages.unusable(file, unusable.reason()));
        }
        if (found instanceof FileLocation.Present present) {
            var real = present.real();
            boolean folderWritable = writable.test(real.getParent());
            return folderWritable && writable.test(real) ? openToWrite(real) : openToRead(real, folderWritable);
        }
        if (!writable.test(folder)) {
            return Opened.memoryOnly(StoreMessages.cannotOpen(file, StoreMessage.of("store.reason.folderNotWritable")));
        }
        try {
            // Made here owner-only, so SQLite's log and shared-memory files, which take the file's mode, are too.
            OwnerOnly.createFileIfMissing(file);
        } catch (IOException e) {
            return Opened.memoryOnly(StoreMessages.cannotOpen(file, FailureReason.of(e)));
        }
        return openToWrite(file);
    }

    private Opened openToWrite(Path real) {
        try {
            return new Opened(Optional.of(checked(real)), StoreHealth.SAVING);
        } catch (NewerSchemaException e) {
            return Opened.memoryOnly(StoreMessages.newer(file, e.reason()));
        } catch (SQLException e) {
            return damaged(e) ? setAside(real, e)
                    : Opened.memoryOnly(StoreMessages.cannotOpen(file, FailureReason.of(e)));
        }
    }

    /** The learner's progress so far, read from a file this process may not write; nothing is written to it. */
    private Opened openToRead(Path real, boolean folderWritable) {
        try {
            var connection = Database.openReadOnly(real, folderWritable);
            try {
                quickCheck(connection);
                int version = Schema.version(connection, Dialect.SQLITE);
                if (version > Schema.CURRENT) {
                    throw new NewerSchemaException(version, Schema.CURRENT);
                }
                if (version == 0) {
                    connection.close();
                    return Opened.memoryOnly(StoreMessages.readOnly(file, real));
                }
                return Opened.readOnly(connection, StoreMessages.readOnly(file, real));
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (NewerSchemaException e) {
            return Opened.memoryOnly(StoreMessages.newer(file, e.reason()));
        } catch (SQLException e) {
            return Opened.memoryOnly(damaged(e)
                    ? StoreMessages.damagedKept(file, FailureReason.of(e),
                            StoreMessage.of("store.reason.mayNotBeWritten"))
                    : StoreMessages.cannotOpen(file, FailureReason.of(e)));
        }
    }

    /**
     * A connection to a file that SQLite has checked and that is at the current schema; tried again while another
     * process creating the same file holds it locked.
     */
    private Connection checked(Path real) throws SQLException {
        return Database.whileLocked(() -> checkedOnce(real));
    }

    private Connection checkedOnce(Path real) throws SQLException {
        var connection = Database.connect(real);
        try {
            quickCheck(connection);
            Schema.migrate(connection, Dialect.SQLITE);
            setup.apply(connection);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static void quickCheck(Connection connection) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery("PRAGMA quick_check")) {
            var verdict = result.next() ? result.getString(1) : "no answer";
            if (!"ok".equals(verdict)) {
                throw new FailedCheckException(verdict);
            }
        }
    }

    private static boolean damaged(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
    }

    private Opened setAside(Path real, SQLException damage) {
        var aside = real.resolveSibling(real.getFileName() + ".corrupt-" + LocalDateTime.now(clock).format(STAMP));
        try {
            for (var suffix : List.of("", "-wal", "-shm")) {
                var part = Path.of(real + suffix);
                if (Files.exists(part)) {
                    Files.move(part, Path.of(aside + suffix));
                }
            }
        } catch (IOException e) {
            return Opened.memoryOnly(StoreMessages.damagedKept(file, FailureReason.of(damage), FailureReason.of(e)));
        }
        var message = StoreMessages.damagedSetAside(file, FailureReason.of(damage), aside);
        try {
            OwnerOnly.createFileIfMissing(real);
            return new Opened(Optional.of(checked(real)), StoreHealth.savingAfter(message));
        } catch (IOException e) {
            return Opened.memoryOnly(message.then(StoreMessages.cannotOpen(file, FailureReason.of(e))));
        } catch (SQLException e) {
            return Opened.memoryOnly(message.then(StoreMessages.cannotOpen(file, FailureReason.of(e))));
        }
    }
}
