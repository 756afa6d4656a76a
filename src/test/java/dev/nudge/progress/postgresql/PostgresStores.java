package dev.nudge.progress.postgresql;

import dev.nudge.progress.jdbc.Events;
import java.util.Map;

/** Stores on a test's database, opened as a node opens them, with no password in the environment. */
final class PostgresStores {
    private PostgresStores() {
    }

    static PostgresAddress address(PostgresServer server, String database) {
        return PostgresAddress.parse(server.storeUrl(database));
    }

    static PostgresProgressStore open(PostgresServer server, String database) {
        return PostgresProgressStore.open(address(server, database), Map.of(), Events.CLOCK);
    }
}
