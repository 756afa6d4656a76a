package dev.nudge.progress.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The test server itself: it starts, takes a database and a query, and is gone after closing. */
class PostgresServerTest {
    @Test
    void startsAnswersAndStops() throws Exception {
        PostgresServer server;
        try (var started = PostgresServer.start()) {
            server = started;
            var database = server.createDatabase();
            try (var connection = server.connect(database); var statement = connection.createStatement();
                    var result = statement.executeQuery("SELECT current_user, inet_server_addr()::text")) {
                result.next();
                assertThat(result.getString(1)).isEqualTo(PostgresServer.USER);
                assertThat(result.getString(2)).startsWith("127.0.0.1");
            }
        }
        assertThat(server.running()).isFalse();
    }
}
