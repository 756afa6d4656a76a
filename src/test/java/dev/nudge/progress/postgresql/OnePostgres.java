package dev.nudge.progress.postgresql;

import dev.nudge.progress.jdbc.Events;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real PostgreSQL for a whole test class, started before its first test and stopped after its last, so that its
 * tests cost a database each, not a server each:
 * {@code @RegisterExtension static final OnePostgres POSTGRES = new OnePostgres();}.
 */
public final class OnePostgres implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
    private final boolean databasePerTest;
    private PostgresServer server;
    private String database;

    /** The server alone; each test makes the databases it needs. */
    public OnePostgres() {
        this(false);
    }

    private OnePostgres(boolean databasePerTest) {
        this.databasePerTest = databasePerTest;
    }

    /** The server, and a new, empty database before each test: {@link #database()}. */
    public static OnePostgres withDatabasePerTest() {
        return new OnePostgres(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = PostgresServer.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (databasePerTest) {
            database = newDatabase();
        }
    }

    /** The test's own database, when made {@link #withDatabasePerTest()}. */
    public String database() {
        return database;
    }

    public PostgresServer server() {
        return server;
    }

    /** A new, empty database's name. */
    public String newDatabase() throws SQLException {
        return server.createDatabase();
    }

    /** The {@code --store} location of a new, empty database. */
    public String newLocation() throws SQLException {
        return server.storeUrl(newDatabase());
    }

    /** A store on {@code database}, opened as a node opens it, with no password in the environment. */
    public PostgresProgressStore open(String database) {
        return openAt(server.storeUrl(database));
    }

    /** A store at the {@code --store} location {@code location}. */
    public PostgresProgressStore openAt(String location) {
        return PostgresProgressStore.open(PostgresAddress.parse(location), Map.of(), Events.CLOCK);
    }
}
