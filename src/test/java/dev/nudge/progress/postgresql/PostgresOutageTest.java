package dev.nudge.progress.postgresql;

import static dev.nudge.progress.jdbc.Events.INTRO;
import static dev.nudge.progress.jdbc.Events.QUIZ;
import static dev.nudge.progress.jdbc.Events.answered;
import static dev.nudge.progress.jdbc.Events.visited;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nudge.progress.StoreHealth;
import dev.nudge.progress.StoreMessage;
import dev.nudge.progress.StoreUnavailableException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The database stops while a session records, then starts again: health says progress is not being kept (naming the
 * database), the session goes on from memory, and once the database answers what waited is written and health says
 * so, without a new change to push it.
 */
class PostgresOutageTest {
    @RegisterExtension
    static final OnePostgres POSTGRES = new OnePostgres();


    @Test
    void progressRecordedWhileTheDatabaseIsDownIsWrittenWhenItIsBack() throws Exception {
        var database = POSTGRES.newDatabase();
        var heard = new CopyOnWriteArrayList<StoreHealth>();
        try (var store = POSTGRES.open(database)) {
            store.onHealthChange(heard::add);
            store.record("ada", visited(INTRO));
            store.flush();

            POSTGRES.server().stop();
            store.record("ada", visited(QUIZ));
            store.record("ada", answered(QUIZ, true));
            store.flush();
            assertThat(store.health().saving()).isFalse();
            assertThat(store.health().problem().map(StoreMessage::english).orElseThrow())
                    .contains("could not save progress to the database " + POSTGRES.server().storeUrl(database),
                            "kept in memory", "Check that PostgreSQL runs");
            assertThat(store.load("ada").of(QUIZ).solved()).as("the session goes on from memory").isTrue();

            POSTGRES.server().restart();
            awaitTrue(() -> store.health().saving(), Duration.ofSeconds(15));
            try (var other = POSTGRES.open(database)) {
                assertThat(other.load("ada").of(QUIZ).solved()).as("written after the outage").isTrue();
                assertThat(other.load("ada").position()).contains(QUIZ);
            }
        }
        assertThat(heard).extracting(StoreHealth::saving).containsSubsequence(false, true);
    }

    @Test
    void aDatabaseThatDoesNotAnswerAtStartStopsItWithOneLineNamingHostPortAndDatabase() throws Exception {
        var address = PostgresAddress.parse("postgresql://nudge@127.0.0.1:" + closedPort() + "/class");
        long start = System.nanoTime();
        assertThatThrownBy(() -> PostgresProgressStore.open(address, Map.of(), Clock.systemUTC()))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("cannot use the progress database " + address)
                .hasMessageContaining("host 127.0.0.1, port " + address.port() + ", database class")
                .hasMessageContaining("refused")
                .hasMessageContaining("PGPASSWORD or ~/.pgpass")
                .hasMessageContaining("leave out --store")
                .hasMessageNotContaining("\n")
                .hasMessageNotContaining("Exception");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PostgresPool.CONNECT_WAIT.plusSeconds(5));
    }

    @Test
    void closingWhileTheDatabaseIsDownSaysWhatWasLost() throws Exception {
        var database = POSTGRES.newDatabase();
        var warnings = new CopyOnWriteArrayList<String>();
        var store = POSTGRES.open(database);
        store.warnTo(warnings::add);
        POSTGRES.server().stop();
        try {
            store.record("ada", answered(QUIZ, true));
            var unsaved = store.closeWithin(Duration.ofSeconds(5));
            assertThat(unsaved.answers()).isEqualTo(1);
            assertThat(warnings).singleElement().asString()
                    .contains("1 answer and 0 other progress changes was not saved to "
                            + POSTGRES.server().storeUrl(database));
        } finally {
            POSTGRES.server().restart();
        }
    }

    private static int closedPort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitTrue(BooleanSupplier condition, Duration most) throws InterruptedException {
        long deadline = System.nanoTime() + most.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() - deadline < 0) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as("within %s", most).isTrue();
    }
}
