package dev.nudge.seats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.progress.postgresql.PostgresServer;
import dev.nudge.progress.jdbc.ChildJvm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A node killed with {@code SIGKILL} frees its learners' seats at once: the kernel closes its connection, PostgreSQL
 * ends its backend, and its seats stop counting before any time-out, so a learner reconnecting to another node gets in.
 */
class NodeKillTest {
    @Test
    void theSeatsOfANodeKilledWithSigkillAreFreeOnTheOtherNodeAtOnce() throws Exception {
        try (var server = PostgresServer.start()) {
            var database = SeatDatabase.create(server);
            var child = ChildJvm.start(SeatHolder.class, List.of(), List.of(database.jdbcUrl(), "ada", "2"));
            try (var other = PostgresSeats.open(database.source(), line -> { })) {
                var output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                assertThat(output.readLine()).isEqualTo("held");
                assertThat(database.liveSeats("ada")).isEqualTo(2);
                assertThat(other.take("ada", 2)).as("the killed node's seats count while it lives").isEmpty();

                child.destroyForcibly();
                assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
                long killed = System.nanoTime();
                while (database.liveSeats("ada") > 0 && System.nanoTime() - killed < TimeUnit.SECONDS.toNanos(5)) {
                    Thread.sleep(5);
                }
                var seat = other.take("ada", 2);
                var afterKill = Duration.ofNanos(System.nanoTime() - killed);
                assertThat(seat).isPresent();
                assertThat(other.take("ada", 2)).isPresent();
                assertThat(afterKill).as("from the node's death to the learner's new seat").isLessThan(Duration.ofSeconds(1));
                System.out.println("seats free " + afterKill.toMillis() + " ms after the node was killed");
            } finally {
                child.destroyForcibly();
            }
        }
    }
}
