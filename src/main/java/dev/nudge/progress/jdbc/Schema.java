package dev.nudge.progress.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The tables progress is kept in and how every older database is brought up to date, one schema for SQLite and
 * PostgreSQL alike (only column types differ, see {@link Dialect}). A database records each applied version in
 * {@code schema_version}, so any process that opens it (a tutor, a class server node, {@code nudge report}) first
 * runs whatever migrations it lacks, in one transaction holding a lock no other migration can take meanwhile.
 */
public final class Schema {
    /** Every migration in order; the list index is the version minus one. */
    public static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "keep every progress event, in order, by learner", List.of(
                    "CREATE TABLE schema_version ("
                            + " version INTEGER PRIMARY KEY,"
                            + " applied_at_millis {MILLIS} NOT NULL)",
                    "CREATE TABLE event ("
                            + " id {ID},"
                            + " learner TEXT NOT NULL,"
                            + " at_millis {MILLIS} NOT NULL,"
                            + " kind TEXT NOT NULL CHECK (kind IN"
                            + " ('visited', 'answered', 'guessed', 'hint', 'answer-shown')),"
                            + " lesson TEXT NOT NULL,"
                            + " step TEXT NOT NULL,"
                            + " answer TEXT,"
                            + " correct INTEGER CHECK (correct IN (0, 1)),"
                            + " hint_level INTEGER CHECK (hint_level BETWEEN 1 AND 3))",
                    "CREATE INDEX event_by_learner ON event (learner, id)")),
            new Migration(2, "remember which keys logged in under each learner's name", List.of(
                    "CREATE TABLE learner_key ("
                            + " learner TEXT NOT NULL,"
                            + " fingerprint TEXT NOT NULL,"
                            + " first_seen_millis {MILLIS} NOT NULL,"
                            + " last_seen_millis {MILLIS} NOT NULL,"
                            + " PRIMARY KEY (learner, fingerprint))")),
            // One schema on both: a SQLite file has the table too, but one machine counts its seats in memory.
            new Migration(3, "count each learner's open sessions across the nodes of a class", List.of(
                    "CREATE TABLE learner_seat ("
                            + " id {ID},"
                            + " learner_digest TEXT NOT NULL,"
                            + " learner TEXT NOT NULL,"
                            + " backend_pid INTEGER NOT NULL,"
                            + " backend_start TIMESTAMPTZ NOT NULL,"
                            + " taken_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP)",
                    "CREATE INDEX learner_seat_by_learner ON learner_seat (learner_digest)")));

    public static final int CURRENT = MIGRATIONS.size();

    private Schema() {
    }

    /** Brings the database behind {@code connection} to {@link #CURRENT}. */
    public static void migrate(Connection connection, Dialect dialect) throws SQLException {
        migrate(connection, dialect, CURRENT);
    }

    /** Brings the database to {@code target}; older targets let tests build what earlier releases wrote. */
    public static void migrate(Connection connection, Dialect dialect, int target) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            dialect.lockForMigration(connection);
            int version = version(connection, dialect);
            if (version > CURRENT) {
                throw new NewerSchemaException(version, CURRENT);
            }
            for (var migration : MIGRATIONS.subList(version, Math.max(version, target))) {
                apply(connection, dialect, migration);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The database's schema version: 0 for an empty one. */
    public static int version(Connection connection, Dialect dialect) throws SQLException {
        try (var statement = connection.createStatement();
                var tables = statement.executeQuery(dialect.versionTableCount())) {
            tables.next();
            if (tables.getInt(1) == 0) {
                return 0;
            }
        }
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            result.next();
            return result.getInt(1);
        }
    }

    private static void apply(Connection connection, Dialect dialect, Migration migration) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (var sql : migration.statements()) {
                statement.execute(dialect.sql(sql));
            }
        }
        try (var insert = connection.prepareStatement(
                "INSERT INTO schema_version (version, applied_at_millis) VALUES (?, ?)")) {
            insert.setInt(1, migration.version());
            insert.setLong(2, System.currentTimeMillis());
            insert.executeUpdate();
        }
    }
}
