package dev.nudge.progress.jdbc;

import java.util.List;

/**
 * One forward step of the schema: the statements that bring a database from {@code version - 1} to {@code version},
 * with their column types left for the {@link Dialect} to put in. A released migration never changes; a new schema
 * is one more migration.
 */
public record Migration(int version, String purpose, List<String> statements) {
    public Migration {
        if (version < 1 || statements.isEmpty()) {
            throw new IllegalArgumentException("a migration has a version from 1 and at least one statement");
        }
        statements = List.copyOf(statements);
    }
}
