package dev.nudge.seats;

import dev.nudge.progress.postgresql.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One real PostgreSQL for a test class, and a fresh database with the seats' table for each of its tests. */
abstract class OnePostgres {
    static PostgresServer server;
    SeatDatabase database;

    @BeforeAll
    static void startPostgres() throws Exception {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void freshDatabase() throws Exception {
        database = SeatDatabase.create(server);
    }
}
