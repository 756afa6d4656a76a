package dev.nudge.seats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When the database cannot be reached, or stops answering, a node admits within its own count of each learner's
 * seats, within {@link PostgresSeats#WAIT} and saying so once, rather than locking the class out; the limit then
 * holds on each node alone, and across the nodes again once the database answers.
 */
class DatabaseGoneTest extends OnePostgres {
    private static final Duration BOUND = PostgresSeats.WAIT.plusSeconds(1);
    private final List<String> log = new CopyOnWriteArrayList<>();
    private DatabaseLink link;

    @BeforeEach
    void linkToTheDatabase() throws Exception {
        link = DatabaseLink.to(server.port());
    }

    @AfterEach
    void closeLink() throws Exception {
        link.close();
    }

    private PostgresSeats nodeThroughLink() {
        return PostgresSeats.open(database.sourceThrough(link.port()), log::add);
    }

    @Test
    void aNodeWhoseDatabaseStopsAnsweringCountsOnItsOwnWithinTheWait() throws Exception {
        try (var a = nodeThroughLink()) {
            a.take("ada", 2).orElseThrow();
            link.freeze();
            var second = timed(() -> a.take("ada", 2).isPresent());
            assertThat(second).as("admitted within this node's own count").isTrue();
            assertThat(timed(() -> a.take("ada", 2).isEmpty())).as("the node's own count still holds").isTrue();
            assertThat(a.counting()).isFalse();
            assertThat(log).singleElement().asString()
                    .startsWith("seats: cannot count learners' sessions in the database (")
                    .endsWith("); until it answers, the limit per learner holds on this node alone");
        }
    }

    @Test
    void aNodeWhoseDatabaseIsCutCountsOnItsOwnAndCountsThereAgainOnceItIsBack() throws Exception {
        try (var a = nodeThroughLink(); var b = PostgresSeats.open(database.source(), line -> { })) {
            var first = a.take("ada", 2).orElseThrow();
            link.cut();
            assertThat(timed(() -> a.take("ada", 2).isPresent())).isTrue();
            first.release();
            assertThat(timed(() -> a.take("ada", 2).isPresent())).as("a seat given back while cut").isTrue();
            assertThat(a.take("ada", 2)).isEmpty();
            assertThat(b.take("ada", 2)).as("while cut, the other node counts without this one's").isPresent();

            link.heal();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!a.counting() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(a.counting()).isTrue();
            assertThat(database.liveSeats("ada")).as("this node's two seats and the other's one").isEqualTo(3);
            assertThat(b.take("ada", 3)).isEmpty();
            assertThat(log).hasSize(2);
            assertThat(log.get(1)).isEqualTo("seats: the database answers again; this node's 2 seats are counted"
                    + " there again");
        }
    }

    @Test
    void aNodeStartedWhileItsDatabaseIsCutCountsOnItsOwn() throws Exception {
        link.cut();
        long started = System.nanoTime();
        try (var a = nodeThroughLink()) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BOUND);
            assertThat(a.counting()).isFalse();
            assertThat(a.take("ada", 1)).isPresent();
            assertThat(a.take("ada", 1)).isEmpty();
            assertThat(log).singleElement().asString().contains("cannot count learners' sessions in the database");
        }
    }

    /** Runs a seat check, asserting it returned within {@link #BOUND}. */
    private static boolean timed(BooleanSupplier check) {
        long started = System.nanoTime();
        boolean result = check.getAsBoolean();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("one seat check").isLessThan(BOUND);
        return result;
    }
}
