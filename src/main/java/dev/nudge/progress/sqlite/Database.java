package dev.nudge.progress.sqlite;

import dev.nudge.progress.jdbc.Dialect;
import dev.nudge.progress.jdbc.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * Opens a progress file the way every process that shares it must: write-ahead log, so readers never wait for the
 * writer and a killed process leaves a whole file; a busy timeout, so two writers take turns instead of failing; and
 * immediate transactions, so a migration holds the write lock from its first read.
 */
final class Database {
    static final int BUSY_TIMEOUT_MILLIS = 5_000;
    private static final long RETRY_MILLIS = 10;

    private Database() {
    }

    /** The connection {@link #openOnce} gives, tried again while the file is locked (see {@link #whileLocked}). */
    static Connection open(Path file) throws SQLException {
        return whileLocked(() -> openOnce(file));
    }

    /** Opens a connection, and may fail as SQLite does. */
    @FunctionalInterface
    interface Opening {
        Connection open() throws SQLException;
    }

    /**
     * The connection {@code opening} makes, tried again while the file is locked, until the busy timeout has passed.
     * Processes that create the same file at once race to switch it to the write-ahead log, and SQLite answers the
     * loser "database is locked" at once, without waiting on the busy timeout.
     */
    static Connection whileLocked(Opening opening) throws SQLException {
        long deadline = System.nanoTime() + BUSY_TIMEOUT_MILLIS * 1_000_000L;
        while (true) {
            try {
                return opening.open();
            } catch (SQLException e) {
                if (!locked(e) || System.nanoTime() - deadline > 0) {
                    throw e;
                }
                pause();
            }
        }
    }

    private static boolean locked(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        return primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code;
    }

    private static void pause() throws SQLException {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while the progress file was locked", e);
        }
    }

    private static Connection openOnce(Path file) throws SQLException {
        var connection = connect(file);
        try {
            Schema.migrate(connection, Dialect.SQLITE);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** A connection to {@code file} with the shared settings, at whatever schema the file has. */
    static Connection connect(Path file) throws SQLException {
        var config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL keeps each committed answer through a power cut too, not only through a killed process; the fsync
        // it costs happens on the store's writer thread, never while a key is being handled.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /**
     * A connection that only reads {@code file}, at whatever schema it has, for a report or for a file nudge may not
     * write. In a folder that cannot be written and with no write-ahead log beside the file (the last writer closed
     * cleanly) SQLite could not make the shared-memory file a reader of such a file needs, so the file is opened as
     * immutable: nothing can be writing it then, as a writer always has a log.
     */
    static Connection openReadOnly(Path file, boolean folderWritable) throws SQLException {
        var config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        boolean immutable = !folderWritable && !Files.exists(Path.of(file + "-wal"));
        return config.createConnection(immutable ? "jdbc:sqlite:" + file.toUri() + "?immutable=1" : "jdbc:sqlite:" + file);
    }
}
