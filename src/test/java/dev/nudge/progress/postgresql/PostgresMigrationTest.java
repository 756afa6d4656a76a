package dev.nudge.progress.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nudge.progress.StoreUnavailableException;
import dev.nudge.progress.jdbc.Dialect;
import dev.nudge.progress.jdbc.MigrationContract;
import dev.nudge.progress.jdbc.Schema;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every database an earlier nudge wrote opens at the current schema; nodes starting together migrate it once. */
class PostgresMigrationTest extends MigrationContract {
    @RegisterExtension
    static final OnePostgres POSTGRES = OnePostgres.withDatabasePerTest();

    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    protected Target database() {
        return target(POSTGRES.database());
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

    private static Target target(String name) {
        return new Target(() -> POSTGRES.open(name), () -> POSTGRES.server().connect(name));
    }

    @Test
    void aDatabaseFromANewerNudgeStopsTheStartAndIsLeftAlone() throws SQLException {
        try (var connection = POSTGRES.server().connect(POSTGRES.database())) {
            writtenByNewerNudge(connection);
        }
        assertThatThrownBy(() -> POSTGRES.open(POSTGRES.database()))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("cannot use the progress database "
                        + POSTGRES.server().storeUrl(POSTGRES.database()))
                .hasMessageContaining("newer nudge (schema version " + (Schema.CURRENT + 1))
                .hasMessageContaining("Update nudge")
                .hasMessageNotContaining("\n");
        try (var connection = POSTGRES.server().connect(POSTGRES.database())) {
            assertThat(Schema.version(connection, Dialect.POSTGRESQL)).isEqualTo(Schema.CURRENT + 1);
        }
    }
}
