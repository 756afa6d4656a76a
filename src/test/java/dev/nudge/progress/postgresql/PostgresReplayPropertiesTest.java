package dev.nudge.progress.postgresql;

import dev.nudge.progress.jdbc.JdbcProgressStore;
import dev.nudge.progress.jdbc.StoreReplayContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Whatever a learner does, another node on the same database gives back the progress the tutor computed. */
class PostgresReplayPropertiesTest extends StoreReplayContract {
    @RegisterExtension
    static final OnePostgres POSTGRES = new OnePostgres();
    private static PostgresProgressStore writer;
    private static PostgresProgressStore reader;

    @BeforeAll
    static void openStores() throws Exception {
        var database = POSTGRES.newDatabase();
        writer = POSTGRES.open(database);
        reader = POSTGRES.open(database);
    }

    @AfterAll
    static void closeStores() throws Exception {
        writer.close();
        reader.close();
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
