package dev.nudge.progress.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.progress.jdbc.JdbcProgressStore;
import dev.nudge.progress.jdbc.KillContract;
import java.util.ArrayList;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A node killed with {@code kill -9} at random moments loses nothing it had reported saved, and the database stays
 * whole: PostgreSQL's own checker (amcheck) finds the event table and every index on it sound.
 */
class PostgresKillTest extends KillContract {
    @RegisterExtension
    static final OnePostgres POSTGRES = new OnePostgres();


    @Override
    protected String location() throws Exception {
        return POSTGRES.newLocation();
    }

    @Override
    protected JdbcProgressStore open(String location) {
        return POSTGRES.openAt(location);
    }

    @Override
    protected void assertWhole(String location) throws Exception {
        try (var connection = POSTGRES.server().connect(PostgresAddress.parse(location).database());
                var statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS amcheck");
            try (var damage = statement.executeQuery("SELECT count(*) FROM verify_heapam('event')")) {
                damage.next();
                assertThat(damage.getInt(1)).as("damaged tuples in event").isZero();
            }
            var indexes = new ArrayList<String>();
            try (var rows = statement.executeQuery("SELECT indexrelid::regclass::text FROM pg_index"
                    + " WHERE indrelid IN ('event'::regclass, 'learner_key'::regclass)")) {
                while (rows.next()) {
                    indexes.add(rows.getString(1));
                }
            }
            assertThat(indexes).hasSizeGreaterThanOrEqualTo(2);
            for (var index : indexes) {
                // Raises an error, failing the test, if the index disagrees with itself or with the table.
                statement.execute("SELECT bt_index_check('" + index + "'::regclass, true)");
            }
        }
    }

    @Override
    protected int rounds() {
        return 3;
    }
}
