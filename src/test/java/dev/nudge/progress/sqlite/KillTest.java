package dev.nudge.progress.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.progress.jdbc.JdbcProgressStore;
import dev.nudge.progress.jdbc.KillContract;
import java.nio.file.Path;

/** {@code kill -9} at random moments loses nothing the store had reported saved, and leaves a sound file. */
class KillTest extends KillContract {
    @Override
    protected String location() {
        return scratch.resolve("progress.db").toString();
    }

    @Override
    protected JdbcProgressStore open(String location) {
        return StoreFiles.open(Path.of(location));
    }

    @Override
    protected void assertWhole(String location) throws Exception {
        try (var connection = StoreFiles.raw(Path.of(location))) {
            assertThat(StoreFiles.single(connection, "PRAGMA integrity_check")).isEqualTo("ok");
        }
    }

    @Override
    protected int rounds() {
        return 4;
    }
}
