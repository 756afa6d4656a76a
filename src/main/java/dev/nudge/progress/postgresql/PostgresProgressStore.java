package dev.nudge.progress.postgresql;

import com.zaxxer.hikari.HikariDataSource;
import dev.nudge.progress.StoreHealth;
import dev.nudge.progress.StoreUnavailableException;
import dev.nudge.progress.jdbc.Dialect;
import dev.nudge.progress.jdbc.JdbcProgressStore;
import dev.nudge.progress.jdbc.NewerSchemaException;
import dev.nudge.progress.jdbc.Schema;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Progress kept in a PostgreSQL database that every node of a class shares ({@code --store postgresql://...}), so a
 * learner whose node is lost continues on another with every answer committed. It keeps every guarantee of
 * {@link JdbcProgressStore}; while the database cannot be reached it keeps progress in memory, says so, tries again
 * every {@link #RETRY} and writes what waited once it answers. At start the database must answer and be migrated
 * (nodes starting together migrate it once), else {@link #open} fails with one line saying why.
 */
public final class PostgresProgressStore extends JdbcProgressStore {
    /** How often the writer tries a database that failed again, while nothing new is recorded. */
    public static final Duration RETRY = Duration.ofSeconds(1);

    private final HikariDataSource pool;

    private PostgresProgressStore(PostgresAddress address, HikariDataSource pool, Clock clock) {
        super(new PostgresDatabase(address, pool), StoreHealth.SAVING, clock, address.toString(), Optional.of(RETRY));
        this.pool = pool;
    }

    /** Opens the pool to {@code address} and brings the database to the current schema. */
    public static PostgresProgressStore open(PostgresAddress address) {
        return open(address, System.getenv(), Clock.systemDefaultZone());
    }

    /** As {@link #open(PostgresAddress)}, with {@code environment} for {@code PGPASSWORD} and {@code PGUSER}. */
    public static PostgresProgressStore open(PostgresAddress address, Map<String, String> environment, Clock clock) {
        var pool = PostgresPool.open(address, environment, PostgresPool.MAX_CONNECTIONS);
        try (var connection = pool.getConnection()) {
            Schema.migrate(connection, Dialect.POSTGRESQL);
        } catch (NewerSchemaException e) {
            pool.close();
            throw new StoreUnavailableException(cannotUse(address, e.reason().english() + ". Update nudge"));
        } catch (SQLException e) {
            pool.close();
            throw new StoreUnavailableException(cannotUse(address, PostgresFailure.words(e) + ". " + advice(address)));
        }
        return new PostgresProgressStore(address, pool, clock);
    }

    /**
     * The pool this store writes through, for whatever else a node keeps in the same database (it is the store's:
     * closing the store closes it).
     */
    public DataSource dataSource() {
        return pool;
    }

    static String cannotUse(PostgresAddress address, String why) {
        return "cannot use the progress database " + address + " (" + address.described() + "): " + why + ".";
    }

    static String advice(PostgresAddress address) {
        return "Make sure PostgreSQL runs at " + address.host() + ":" + address.port() + " and the database "
                + address.database() + " exists and lets its user in (a password goes in PGPASSWORD or ~/.pgpass), "
                + "or leave out --store to keep progress in SQLite under --data DIR";
    }
}
