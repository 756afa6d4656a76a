package dev.nudge.progress.jdbc;

import dev.nudge.progress.ProgressEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/**
 * One transaction of changes, with each statement prepared once for all of them. One commit (one {@code fsync}) per
 * batch instead of per change is what lets one writer keep up with a whole class: row by row it manages a few
 * thousand changes a second, in batches tens of thousands.
 */
public final class WriteBatch implements AutoCloseable {
    private final Connection connection;
    private final Dialect dialect;
    private PreparedStatement insert;
    private PreparedStatement delete;
    private PreparedStatement keyUse;
    /** Rows added to {@link #insert} and not yet sent: sent together, before any other statement and the commit. */
    private int pendingInserts;

    private WriteBatch(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** Writes {@code changes} in one transaction: all of them, or, when one fails, none. */
    public static void write(Connection connection, Dialect dialect, Iterable<? extends StoreChange> changes)
            throws SQLException {
        connection.setAutoCommit(false);
        try (var batch = new WriteBatch(connection, dialect)) {
            for (var change : changes) {
                change.write(batch);
            }
            batch.sendInserts();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            // The database may have rolled back by itself (SQLite on a full disk does): the first failure is the
            // one to report.
            quietly(connection::rollback);
            quietly(() -> connection.setAutoCommit(true));
            throw e;
        }
        connection.setAutoCommit(true);
    }

    void append(String learner, Instant at, ProgressEvent event) throws SQLException {
        if (insert == null) {
            insert = connection.prepareStatement(EventTable.INSERT);
        }
        EventTable.bindAppend(insert, dialect, learner, at, event);
        // Sent as one JDBC batch: to PostgreSQL, one round trip for all of them instead of one each.
        insert.addBatch();
        pendingInserts++;
    }

    /** Sends the inserts waiting in the JDBC batch, so that what follows them in the changes runs after them. */
    private void sendInserts() throws SQLException {
        if (pendingInserts > 0) {
            insert.executeBatch();
            pendingInserts = 0;
        }
    }

    void reset(String learner, String lessonId) throws SQLException {
        if (delete == null) {
            delete = connection.prepareStatement(EventTable.DELETE_LESSON);
        }
        sendInserts();
        EventTable.bindReset(delete, learner, lessonId);
        delete.executeUpdate();
    }

    void keyUsed(String learner, Instant at, String fingerprint) throws SQLException {
        if (keyUse == null) {
            keyUse = connection.prepareStatement(KeyTable.UPSERT);
        }
        sendInserts();
        KeyTable.bindUse(keyUse, learner, at, fingerprint);
        keyUse.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        for (var statement : new PreparedStatement[] {insert, delete, keyUse}) {
            if (statement != null) {
                statement.close();
            }
        }
    }

    /** A step of cleaning up after a failure, whose own failure adds nothing to the one being reported. */
    @FunctionalInterface
    private interface Cleanup {
        void run() throws SQLException;
    }

    private static void quietly(Cleanup cleanup) {
        try {
            cleanup.run();
        } catch (SQLException e) {
            // the transaction is gone either way, and the changes stay waiting
        }
    }
}
