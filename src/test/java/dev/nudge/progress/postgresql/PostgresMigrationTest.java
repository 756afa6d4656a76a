package dev.nudge.progress.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nudge.progress.StoreUnavailableException;
import dev.nudge.progress.jdbc.Dialect;
import dev.nudge.progress.jdbc.MigrationContract;
import dev.nudge.progress.jdbc.Schema;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every database an earlier nudge wrote opens at the current schema; nodes starting together migrate it once. */
class PostgresMigrationTest extends MigrationContract {
    @RegisterExtension
    static final OnePostgres POSTGRES = new OnePostgres();
    private String database;


    @BeforeEach
    void freshDatabase() throws SQLException {
        database = POSTGRES.newDatabase();
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
        return target(POSTGRES.newDatabase());
    }

    /** Without the advisory lock, two nodes creating the tables at once fail on the first round or two. */
    @Override
    protected int rounds() {
        return 8;
    }

    private static Target target(String database) {
        return new Target(() -> POSTGRES.open(database), () -> POSTGRES.server().connect(database));
    }

    @Test
    void aDatabaseFromANewerNudgeStopsTheStartAndIsLeftAlone() throws SQLException {
        try (var connection = POSTGRES.server().connect(database)) {
            writtenByNewerNudge(connection);
        }
        assertThatThrownBy(() -> POSTGRES.open(database))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("cannot use the progress database " + POSTGRES.server().storeUrl(database))
                .hasMessageContaining("newer nudge (schema version " + (Schema.CURRENT + 1))
                .hasMessageContaining("Update nudge")
                .hasMessageNotContaining("\n");
        try (var connection = POSTGRES.server().connect(database)) {
            assertThat(Schema.version(connection, Dialect.POSTGRESQL)).isEqualTo(Schema.CURRENT + 1);
        }
    }
}
