package dev.nudge.progress.sqlite;

import java.util.List;

/**
 * One forward step of the schema: the statements that bring a file from {@code version - 1} to {@code version}. A
 * released migration never changes; a new schema is one more migration.
 *
 * @param postgresqlOnly whether only a PostgreSQL database takes it, for what a class on several nodes alone needs:
 *     a SQLite file skips it and keeps its version
 */
record Migration(int version, String purpose, List<String> statements, boolean postgresqlOnly) {
    Migration {
        if (version < 1 || statements.isEmpty()) {
            throw new IllegalArgumentException("a migration has a version from 1 and at least one statement");
        }
        statements = List.copyOf(statements);
    }

    /** A migration both databases take. */
    Migration(int version, String purpose, List<String> statements) {
        this(version, purpose, statements, false);
    }
}
