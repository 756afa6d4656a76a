package dev.nudge.progress.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * Opens a progress file the way every process that shares it must: write-ahead log, so readers never wait for the
 * writer and a killed process leaves a whole file; a busy timeout, so two writers take turns instead of failing; and
 * immediate transactions, so a migration holds the write lock from its first read.
 */
final class Database {
    static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private Database() {
    }

    /** A connection to {@code file}, created if missing, at the current schema. */
    static Connection open(Path file) throws SQLException {
        var connection = connect(file);
        try {
            Schema.migrate(connection);
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
