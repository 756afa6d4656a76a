package dev.nudge.progress.sqlite;

import dev.nudge.progress.StoreHealth;
import dev.nudge.progress.StoreMessage;
import java.sql.Connection;
import java.util.Optional;

/**
 * The outcome of opening a progress file: a connection if there is one, how the store starts out, and whether the
 * connection may be written to (a file in a folder that cannot be written is only read, so the learner continues where
 * they were while new progress stays in memory).
 */
record Opened(Optional<Connection> connection, StoreHealth health, boolean writable) {
    Opened(Optional<Connection> connection, StoreHealth health) {
        this(connection, health, true);
    }

    static Opened memoryOnly(StoreMessage problem) {
        return new Opened(Optional.empty(), StoreHealth.notSaving(problem));
    }

    /** {@code connection} to read the learner's earlier progress from, and nothing written to it. */
    static Opened readOnly(Connection connection, StoreMessage problem) {
        return new Opened(Optional.of(connection), StoreHealth.notSaving(problem), false);
    }
}
