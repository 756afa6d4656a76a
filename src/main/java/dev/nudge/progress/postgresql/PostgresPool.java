package dev.nudge.progress.postgresql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The connections a node keeps to the shared database: a small HikariCP pool. A class server writes with one thread
 * and reads a learner's progress at each login, so a handful of connections serve hundreds of learners, and several
 * nodes on one PostgreSQL stay far below its {@code max_connections}. Every wait is bounded: a database that does not
 * answer costs a writer or a login a few seconds, never a hang.
 *
 * <p>The password is PostgreSQL's usual: {@code PGPASSWORD} if set, else the driver looks in {@code ~/.pgpass} (or
 * the file {@code PGPASSFILE} names) for the host, port, database and user; the address itself never has one.
 */
final class PostgresPool {
    /** Connections at most, per node: the writer, logins loading progress, and the session limit's checks. */
    static final int MAX_CONNECTIONS = 5;
    /** How long a connection may take to be made or handed out before the attempt fails. */
    static final Duration CONNECT_WAIT = Duration.ofSeconds(3);
    /** How long a connection may take to show it still works. */
    static final Duration VALIDATION_WAIT = Duration.ofSeconds(1);
    /** How long one statement may wait for the database's answer before the connection is given up. */
    static final Duration SOCKET_WAIT = Duration.ofSeconds(30);

    private PostgresPool() {
    }

    /** A pool of at most {@code size} connections to {@code address}, none made yet; {@code environment} as getenv. */
    static HikariDataSource open(PostgresAddress address, Map<String, String> environment, int size) {
        var config = new HikariConfig();
        config.setPoolName("nudge-progress");
        config.setJdbcUrl(address.jdbcUrl());
        config.setUsername(user(address, environment));
        password(environment).ifPresent(config::setPassword);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(1, size));
        config.setConnectionTimeout(CONNECT_WAIT.toMillis());
        config.setValidationTimeout(VALIDATION_WAIT.toMillis());
        config.setIdleTimeout(Duration.ofMinutes(5).toMillis());
        config.setMaxLifetime(Duration.ofMinutes(30).toMillis());
        // The caller tries the first connection itself, to say why it failed in its own words.
        config.setInitializationFailTimeout(-1);
        config.addDataSourceProperty("connectTimeout", Long.toString(CONNECT_WAIT.toSeconds()));
        config.addDataSourceProperty("socketTimeout", Long.toString(SOCKET_WAIT.toSeconds()));
        config.addDataSourceProperty("tcpKeepAlive", "true");
        // A batch of new events goes as multi-row INSERTs: a class's answers cost a few round trips, not one each.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("ApplicationName", "nudge");
        return new HikariDataSource(config);
    }

    /** The user: the address's, else {@code PGUSER}, else the operating system's, as {@code psql} chooses. */
    static String user(PostgresAddress address, Map<String, String> environment) {
        return address.user().or(() -> nonBlank(environment.get("PGUSER")))
                .orElseGet(() -> System.getProperty("user.name"));
    }

    /**
     * {@code PGPASSWORD}, which the JDBC driver does not read itself (it does read {@code ~/.pgpass} when given no
     * password, so none is given then).
     */
    static Optional<String> password(Map<String, String> environment) {
        return nonBlank(environment.get("PGPASSWORD"));
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(text -> !text.isEmpty());
    }
}
