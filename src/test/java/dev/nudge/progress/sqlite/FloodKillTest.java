package dev.nudge.progress.sqlite;

import dev.nudge.progress.jdbc.FloodKillContract;
import dev.nudge.progress.jdbc.JdbcProgressStore;
import java.nio.file.Path;

/** {@code kill -9} while another learner floods the store: every answer a bound old is in the file. */
class FloodKillTest extends FloodKillContract {
    private int files;

    @Override
    protected String newLocation() {
        return scratch.resolve("progress-" + files++ + ".db").toString();
    }

    @Override
    protected JdbcProgressStore open(String location) {
        return StoreFiles.open(Path.of(location));
    }

    @Override
    protected int rounds() {
        return 3;
    }
}
