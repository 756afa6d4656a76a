package dev.nudge.progress.postgresql;

import dev.nudge.progress.jdbc.FloodKillContract;
import dev.nudge.progress.jdbc.JdbcProgressStore;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A node killed with {@code kill -9} while another learner floods it: every answer a bound old is in the database. */
class PostgresFloodKillTest extends FloodKillContract {
    private static PostgresServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Override
    protected String newLocation() throws Exception {
        return server.storeUrl(server.createDatabase());
    }

    @Override
    protected JdbcProgressStore open(String location) {
        return PostgresProgressStore.open(PostgresAddress.parse(location), Map.of(), Clock.systemUTC());
    }

    @Override
    protected int rounds() {
        return 2;
    }
}
