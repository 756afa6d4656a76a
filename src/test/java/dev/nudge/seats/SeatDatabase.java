package dev.nudge.seats;

import dev.nudge.progress.jdbc.Dialect;
import dev.nudge.progress.jdbc.Schema;
import dev.nudge.progress.postgresql.PostgresServer;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database on a test's PostgreSQL with the store's schema (and so the seats' table), a data source of its own for each node (as each node
 * has its own pool), and the count a test checks against.
 */
public final class SeatDatabase {
    private final PostgresServer server;
    private final String name;

    private SeatDatabase(PostgresServer server, String name) {
        this.server = server;
        this.name = name;
    }

    public static SeatDatabase create(PostgresServer server) throws SQLException {
        var name = server.createDatabase();
        try (var connection = server.connect(name)) {
            Schema.migrate(connection, Dialect.POSTGRESQL);
        }
        return new SeatDatabase(server, name);
    }

    public DataSource source() {
        return source(server.jdbcUrl(name));
    }

    /** A data source that reaches this database through a relay listening on {@code port} of 127.0.0.1. */
    public DataSource sourceThrough(int port) {
        return source("jdbc:postgresql://127.0.0.1:" + port + "/" + name);
    }

    /**
     * A data source for the JDBC address {@code url}, as the test's user, that gives up logging in after two seconds,
     * as a node's pool should.
     */
    public static DataSource source(String url) {
        var source = new PGSimpleDataSource();
        source.setUrl(url);
        source.setUser(PostgresServer.USER);
        source.setLoginTimeout(2);
        source.setConnectTimeout(2);
        return source;
    }

    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    /** The seats of the learner shown as {@code learner} whose node's database session is alive. */
    public int liveSeats(String learner) throws SQLException {
        try (var connection = server.connect(name); var query = connection.prepareStatement(
                "SELECT count(*) FROM learner_seat s JOIN pg_stat_activity a"
                        + " ON a.pid = s.backend_pid AND a.backend_start = s.backend_start WHERE s.learner = ?")) {
            query.setString(1, learner);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /** The states ({@code idle}, {@code idle in transaction}, ...) of the sessions that hold seats of {@code learner}. */
    public List<String> statesOfConnectionsHolding(String learner) throws SQLException {
        try (var connection = server.connect(name); var query = connection.prepareStatement(
                "SELECT a.state FROM pg_stat_activity a WHERE a.pid IN"
                        + " (SELECT backend_pid FROM learner_seat WHERE learner = ?)")) {
            query.setString(1, learner);
            var states = new ArrayList<String>();
            try (var result = query.executeQuery()) {
                while (result.next()) {
                    states.add(result.getString(1));
                }
            }
            return states;
        }
    }

    /** Ends the database sessions that hold the seats of {@code learner}, as a lost connection would. */
    public void cutConnectionsHolding(String learner) throws SQLException {
        try (var connection = server.connect(name); var cut = connection.prepareStatement(
                "SELECT pg_terminate_backend(backend_pid) FROM (SELECT DISTINCT backend_pid FROM learner_seat"
                        + " WHERE learner = ?) held")) {
            cut.setString(1, learner);
            cut.executeQuery().close();
        }
    }
}
