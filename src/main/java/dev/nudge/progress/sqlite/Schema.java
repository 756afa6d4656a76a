package dev.nudge.progress.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The tables of the progress file and how every older file is brought up to date. Files record each applied version
 * in {@code schema_version}, so any process that opens a file (a tutor, the class server, {@code nudge report}) first
 * runs whatever migrations it lacks, in one transaction holding the write lock.
 */
final class Schema {
    /** Every migration in order; the list index is the version minus one. */
    static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "keep every progress event, in order, by learner", List.of(
                    "CREATE TABLE schema_version ("
                            + " version INTEGER PRIMARY KEY,"
                            + " applied_at_millis INTEGER NOT NULL)",
                    "CREATE TABLE event ("
                            + " id INTEGER PRIMARY KEY,"
                            + " learner TEXT NOT NULL,"
                            + " at_millis INTEGER NOT NULL,"
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
                            + " first_seen_millis INTEGER NOT NULL,"
                            + " last_seen_millis INTEGER NOT NULL,"
                            + " PRIMARY KEY (learner, fingerprint))")),
            new Migration(3, "count each learner's open sessions across the nodes of a class", List.of(
                    "CREATE TABLE learner_seat ("
                            + " id BIGSERIAL PRIMARY KEY,"
                            + " learner_digest TEXT NOT NULL,"
                            + " learner TEXT NOT NULL,"
                            + " backend_pid INTEGER NOT NULL,"
                            + " backend_start TIMESTAMPTZ NOT NULL,"
                            + " taken_at TIMESTAMPTZ NOT NULL DEFAULT now())",
                    "CREATE INDEX learner_seat_by_learner ON learner_seat (learner_digest)"), true));

    /** The newest version a SQLite file takes; migrations for PostgreSQL alone leave it where it is. */
    static final int CURRENT = MIGRATIONS.stream().filter(migration -> !migration.postgresqlOnly())
            .mapToInt(Migration::version).max().orElse(0);

    private Schema() {
    }

    /** Brings the file behind {@code connection} to {@link #CURRENT}. */
    static void migrate(Connection connection) throws SQLException {
        migrate(connection, CURRENT);
    }

    /** Brings the file to {@code target}; older targets let tests build the files earlier releases wrote. */
    static void migrate(Connection connection, int target) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            int version = version(connection);
            if (version > CURRENT) {
                throw new NewerSchemaException(version, CURRENT);
            }
            for (var migration : MIGRATIONS.subList(version, Math.max(version, target))) {
                if (!migration.postgresqlOnly()) {
                    apply(connection, migration);
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The file's schema version: 0 for an empty file. */
    static int version(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var tables = statement.executeQuery(
                        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) {
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

    private static void apply(Connection connection, Migration migration) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (var sql : migration.statements()) {
                statement.execute(sql);
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
