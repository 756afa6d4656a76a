package dev.nudge.progress.sqlite;

import java.util.List;

/**
 * One forward step of the schema: the statements that bring a file from {@code version - 1} to {@code version}. A
 * released migration never changes; a new schema is one more migration.
 */
record Migration(int version, String purpose, List<String> statements) {
    Migration {
        if (version < 1 || statements.isEmpty()) {
            throw new IllegalArgumentException("a migration has a version from 1 and at least one statement");
        }
        statements = List.copyOf(statements);
    }
}
