package dev.nudge.progress.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nudge.progress.StoreUnavailableException;
import dev.nudge.progress.jdbc.Dialect;
import dev.nudge.progress.jdbc.MigrationContract;
import dev.nudge.progress.jdbc.Schema;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every database an earlier nudge wrote opens at the current schema; nodes starting together migrate it once. */
class PostgresMigrationTest extends MigrationContract {
    private static PostgresServer server;
    private String database;

    @BeforeAll
    static void startServer() throws Exception {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void freshDatabase() throws SQLException {
        database = server.createDatabase();
    }

    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    protected Target database() {
        return target(database);
    }

    @Override
    protected Target anotherDatabase() throws SQLException {
        return target(server.createDatabase());
    }

    /** Without the advisory lock, two nodes creating the tables at once fail on the first round or two. */
    @Override
    protected int rounds() {
        return 8;
    }

    private static Target target(String database) {
        return new Target(() -> PostgresStores.open(server, database), () -> server.connect(database));
    }

    @Test
    void aDatabaseFromANewerNudgeStopsTheStartAndIsLeftAlone() throws SQLException {
        try (var connection = server.connect(database)) {
            writtenByNewerNudge(connection);
        }
        assertThatThrownBy(() -> PostgresStores.open(server, database))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("cannot use the progress database " + server.storeUrl(database))
                .hasMessageContaining("newer nudge (schema version " + (Schema.CURRENT + 1))
                .hasMessageContaining("Update nudge")
                .hasMessageNotContaining("\n");
        try (var connection = server.connect(database)) {
            assertThat(Schema.version(connection, Dialect.POSTGRESQL)).isEqualTo(Schema.CURRENT + 1);
        }
    }
}
