package dev.nudge.progress.postgresql;

import dev.nudge.progress.TallySink;
import dev.nudge.progress.jdbc.Dialect;
import dev.nudge.progress.jdbc.EventTally;
import dev.nudge.progress.jdbc.NewerSchemaException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * The shared database's figures for {@code nudge report}: read in one read-only, repeatable-read transaction, so
 * every query sees the same moment while the nodes go on writing, and never migrated (a report changes nothing).
 */
public final class PostgresArchive {
    private PostgresArchive() {
    }

    /**
     * Hands {@code sink} the figures of the database at {@code address}; false when it holds no progress yet. The
     * exception's message is one line saying where, what failed and what to do.
     */
    public static boolean read(PostgresAddress address, Map<String, String> environment, TallySink sink)
            throws SQLException {
        try (var pool = PostgresPool.open(address, environment, 1); var connection = pool.getConnection()) {
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            int version = EventTally.read(connection, Dialect.POSTGRESQL, sink);
            connection.rollback();
            return version > 0;
        } catch (NewerSchemaException e) {
            throw new SQLException(PostgresProgressStore.cannotUse(address, e.reason().english()
                    + ". Update nudge to report on it"), e);
        } catch (SQLException e) {
            throw new SQLException(PostgresProgressStore.cannotUse(address, PostgresFailure.words(e) + ". "
                    + PostgresProgressStore.advice(address)), e);
        }
    }
}
