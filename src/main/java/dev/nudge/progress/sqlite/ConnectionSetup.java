package dev.nudge.progress.sqlite;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Settings applied to the store's own connection once it is open and migrated; the store opens with {@link #NONE}.
 * It stays, package-private, as the one way in for fault injection: a full disk ({@code max_page_count}) or a file
 * another program keeps locked ({@code busy_timeout}) can only be reached with real SQLite through a setting on the
 * very connection the store writes with, and these are the failures the store must report without losing answers.
 */
@FunctionalInterface
interface ConnectionSetup {
    ConnectionSetup NONE = connection -> { };

    void apply(Connection connection) throws SQLException;
}
