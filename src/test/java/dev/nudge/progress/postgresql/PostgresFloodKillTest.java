package dev.nudge.progress.postgresql;

import dev.nudge.progress.jdbc.FloodKillContract;
import dev.nudge.progress.jdbc.JdbcProgressStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A node killed with {@code kill -9} while another learner floods it: every answer a bound old is in the database. */
class PostgresFloodKillTest extends FloodKillContract {
    @RegisterExtension
    static final OnePostgres POSTGRES = new OnePostgres();


    @Override
    protected String newLocation() throws Exception {
        return POSTGRES.newLocation();
    }

    @Override
    protected JdbcProgressStore open(String location) {
        return POSTGRES.openAt(location);
    }

    @Override
    protected int rounds() {
        return 2;
    }
}
