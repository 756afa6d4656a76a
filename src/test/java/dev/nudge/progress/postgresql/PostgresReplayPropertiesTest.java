package dev.nudge.progress.postgresql;

import dev.nudge.progress.jdbc.JdbcProgressStore;
import dev.nudge.progress.jdbc.StoreReplayContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Whatever a learner does, another node on the same database gives back the progress the tutor computed. */
class PostgresReplayPropertiesTest extends StoreReplayContract {
    private static PostgresServer server;
    private static PostgresProgressStore writer;
    private static PostgresProgressStore reader;

    @BeforeAll
    static void openStores() throws Exception {
        server = PostgresServer.start();
        var database = server.createDatabase();
        writer = PostgresStores.open(server, database);
        reader = PostgresStores.open(server, database);
    }

    @AfterAll
    static void closeStores() throws Exception {
        writer.close();
        reader.close();
        server.close();
    }

    @Override
    protected JdbcProgressStore writer() {
        return writer;
    }

    @Override
    protected JdbcProgressStore reader() {
        return reader;
    }
}
