package dev.nudge.progress.sqlite;

import java.sql.Connection;
import java.sql.SQLException;

/** Settings applied to the store's connection once it is open and migrated; tests use it to make the disk fill up. */
@FunctionalInterface
interface ConnectionSetup {
    ConnectionSetup NONE = connection -> { };

    void apply(Connection connection) throws SQLException;
}
