package dev.nudge.progress.jdbc;

import dev.nudge.progress.StoreMessage;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The database a {@link JdbcProgressStore}'s writer reads and writes, as each kind of store has it: SQLite's one
 * connection to its file (or none, when the file could not be opened), or a pool of connections to PostgreSQL. It
 * also says, in the reader's words, what a failure means, since only it knows where the progress is kept.
 */
public interface EventDatabase {
    /** How this database spells what differs between databases. */
    Dialect dialect();

    /** Whether earlier progress can be read from it at all. */
    boolean readable();

    /** Whether new progress may be written to it (a file this process may only read is not). */
    boolean writable();

    /** Runs {@code work} on a connection, only on the store's writer thread. */
    <T> T use(Work<T> work) throws SQLException;

    /** What the learner is told when writing failed with {@code failure}. */
    StoreMessage cannotSave(SQLException failure);

    /** What the learner is told when reading their progress failed with {@code failure}. */
    StoreMessage cannotRead(SQLException failure);

    /** Lets go of the connections; every change is written or counted by then. */
    void close();

    /** Something done with a connection, which may fail as the database does. */
    @FunctionalInterface
    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }
}
