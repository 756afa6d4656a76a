package dev.nudge.progress.sqlite;

import dev.nudge.progress.StoreHealth;
import java.sql.Connection;
import java.util.Optional;

/** The outcome of opening a progress file: a connection if there is one, and how the store starts out. */
record Opened(Optional<Connection> connection, StoreHealth health) {
    static Opened memoryOnly(String problem) {
        return new Opened(Optional.empty(), StoreHealth.notSaving(problem));
    }
}
