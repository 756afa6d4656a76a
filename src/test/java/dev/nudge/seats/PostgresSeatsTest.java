package dev.nudge.seats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two nodes on one real PostgreSQL, each with its own data source, count one learner's seats together. */
class PostgresSeatsTest extends OnePostgres {
    private final List<PostgresSeats> nodes = new ArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeNodes() {
        nodes.forEach(PostgresSeats::close);
    }

    private PostgresSeats node() {
        var node = PostgresSeats.open(database.source(), log::add);
        nodes.add(node);
        return node;
    }

    @Test
    void theLimitHoldsAcrossTwoNodes() throws Exception {
        var a = node();
        var b = node();
        assertThat(a.take("ada", 3)).isPresent();
        assertThat(b.take("ada", 3)).isPresent();
        assertThat(a.take("ada", 3)).isPresent();
        assertThat(b.take("ada", 3)).as("a fourth seat, on the other node").isEmpty();
        assertThat(a.take("ada", 3)).isEmpty();
        assertThat(b.take("grace", 3)).as("another learner's seats").isPresent();
        assertThat(database.liveSeats("ada")).isEqualTo(3);
        assertThat(a.counting()).isTrue();
        assertThat(log).isEmpty();
    }

    @Test
    void aSeatGivenBackOnOneNodeIsFreeOnTheOther() throws Exception {
        var a = node();
        var b = node();
        var seat = a.take("ada", 1).orElseThrow();
        assertThat(b.take("ada", 1)).isEmpty();
        seat.release();
        var again = b.take("ada", 1);
        assertThat(again).isPresent();
        seat.release();
        assertThat(a.take("ada", 1)).as("a seat given back twice frees one seat, not two").isEmpty();
        assertThat(database.liveSeats("ada")).isEqualTo(1);
    }

    @Test
    void aNodeClosedInOrderGivesBackItsSeats() throws Exception {
        var a = node();
        var b = node();
        a.take("ada", 2).orElseThrow();
        a.take("ada", 2).orElseThrow();
        a.close();
        assertThat(database.liveSeats("ada")).isZero();
        assertThat(a.take("grace", 1)).as("a login racing the server's stop, counted on the node alone").isPresent();
        assertThat(a.take("grace", 1)).isEmpty();
        assertThat(b.take("ada", 2)).isPresent();
        assertThat(b.take("ada", 2)).isPresent();
        assertThat(b.take("ada", 2)).isEmpty();
    }

    /**
     * Twenty threads on each of two nodes ask for one learner's seats at once, for forty rounds: exactly the limit win
     * each round. Without the learner's lock both nodes count the same rows and both insert (seen here as 4 or more
     * winners of 3 within the first few rounds).
     */
    @Test
    void manyThreadsOnTwoNodesRacingForTheLastSeatsGiveAwayExactlyTheLimit() throws Exception {
        var a = node();
        var b = node();
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            for (int round = 0; round < 40; round++) {
                var learner = "racer-" + round;
                var start = new CountDownLatch(1);
                var attempts = new ArrayList<Future<Optional<Seat>>>();
                for (int i = 0; i < 40; i++) {
                    var node = i % 2 == 0 ? a : b;
                    attempts.add(pool.submit(() -> {
                        start.await();
                        return node.take(learner, 3);
                    }));
                }
                start.countDown();
                int won = 0;
                for (var attempt : attempts) {
                    won += attempt.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0;
                }
                assertThat(won).as("seats given away in round %d", round).isEqualTo(3);
                assertThat(database.liveSeats(learner)).isEqualTo(3);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(log).as("every check was answered by the database").isEmpty();
    }

    /** A seat connection between checks holds no transaction open, so it keeps no snapshot from the database's vacuum. */
    @Test
    void aNodeBetweenChecksHoldsNoTransactionOpen() throws Exception {
        var a = node();
        a.take("ada", 1).orElseThrow();
        Thread.sleep(PostgresSeats.WATCH_EVERY.multipliedBy(2).toMillis());
        assertThat(database.statesOfConnectionsHolding("ada")).containsExactly("idle");
    }

    @Test
    void aLearnerWhoseNameNoDatabaseTextCanHoldStillGetsASeat() throws Exception {
        var a = node();
        var name = "ada\u0000\u001b[2J" + "x".repeat(16_000);
        assertThat(a.take(name, 1)).isPresent();
        assertThat(a.take(name, 1)).isEmpty();
        assertThat(a.counting()).isTrue();
        assertThat(log).isEmpty();
    }

    @Test
    void aNodeWhoseSeatConnectionIsCutWritesItsSeatsAgain() throws Exception {
        var a = node();
        var b = node();
        a.take("ada", 2).orElseThrow();
        a.take("ada", 2).orElseThrow();
        database.cutConnectionsHolding("ada");
        assertThat(database.liveSeats("ada")).isZero();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (database.liveSeats("ada") < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(database.liveSeats("ada")).as("seats written again under a new connection").isEqualTo(2);
        assertThat(b.take("ada", 2)).isEmpty();
        assertThat(log).anySatisfy(line -> assertThat(line).contains("answers again", "2 seats"));
    }
}
