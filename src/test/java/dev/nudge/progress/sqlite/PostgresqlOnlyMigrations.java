package dev.nudge.progress.sqlite;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Applies the schema's migrations that PostgreSQL alone takes (the seats of a class on several nodes) to a test's
 * database, for tests of what they serve, until a PostgreSQL store runs every migration itself.
 */
public final class PostgresqlOnlyMigrations {
    private PostgresqlOnlyMigrations() {
    }

    public static void apply(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (var migration : Schema.MIGRATIONS) {
                if (migration.postgresqlOnly()) {
                    for (var sql : migration.statements()) {
                        statement.execute(sql);
                    }
                }
            }
        }
    }
}
