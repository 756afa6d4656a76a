package dev.nudge.progress.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What differs between the databases that keep progress: SQLite, embedded, for one machine, and PostgreSQL, shared
 * by the nodes of a class. The schema, the statements and the queries are the same on both; only a column's type, how
 * a database says which tables it has, how concurrent migrations are kept apart, and text PostgreSQL cannot hold
 * differ, and each is said once here.
 */
public enum Dialect {
    SQLITE("INTEGER PRIMARY KEY", "INTEGER",
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'") {
        @Override
        void lockForMigration(Connection connection) {
            // The connection's transactions are immediate: the migration's first read already holds the write lock.
        }

        @Override
        public String storedText(String text) {
            return text;
        }

        @Override
        public String readText(String stored) {
            return stored;
        }
    },
    POSTGRESQL("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "BIGINT",
            "SELECT count(*) FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() AND table_name = 'schema_version'") {
        /** Any fixed number: every nudge migrating the same database takes the same lock. */
        private static final long MIGRATION_LOCK = 0x6E75_6467_6501L;

        @Override
        void lockForMigration(Connection connection) throws SQLException {
            // Held until the migration's transaction ends: a second node starting at once waits, then finds it done.
            try (var lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, MIGRATION_LOCK);
                lock.execute();
            }
        }

        @Override
        public String storedText(String text) {
            return NulText.encode(text);
        }

        @Override
        public String readText(String stored) {
            return NulText.decode(stored);
        }
    };

    private final String idColumn;
    private final String millisType;
    private final String versionTableCount;

    Dialect(String idColumn, String millisType, String versionTableCount) {
        this.idColumn = idColumn;
        this.millisType = millisType;
        this.versionTableCount = versionTableCount;
    }

    /** A migration's statement with its column types put in: {@code {ID}} for a row id, {@code {MILLIS}} for a time. */
    String sql(String template) {
        return template.replace("{ID}", idColumn).replace("{MILLIS}", millisType);
    }

    /** A query whose single number is 1 when the database has a {@code schema_version} table, else 0. */
    String versionTableCount() {
        return versionTableCount;
    }

    /** Keeps every other process from migrating the same database until this connection's transaction ends. */
    abstract void lockForMigration(Connection connection) throws SQLException;

    /** A learner's typed text as this database can hold it (PostgreSQL refuses the character U+0000). */
    public abstract String storedText(String text);

    /** The text {@link #storedText} was given, from what it stored. */
    public abstract String readText(String stored);
}
