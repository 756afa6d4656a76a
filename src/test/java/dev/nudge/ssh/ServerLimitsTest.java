package dev.nudge.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nudge.i18n.Language;
import dev.nudge.progress.postgresql.PostgresServer;
import dev.nudge.seats.PostgresSeats;
import dev.nudge.seats.SeatDatabase;
import dev.nudge.seats.Seats;
import dev.nudge.tui.view.ViewOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full class, a learner with too many windows (on one node or several) and a flood of connections each get a clear
 * message.
 */
class ServerLimitsTest {
    private static final String FIRST_SCREEN = "Understanding Neural Networks";

    @TempDir
    Path temp;
    private final TestClient client = new TestClient();

    @AfterEach
    void stopClient() {
        client.close();
    }

    private TestServer server(ServerLimits limits) {
        return TestServer.start(TestServer.config(temp, new AuthMode.AnyKey(), limits,
                IdlePolicy.closingAfter(Duration.ZERO)));
    }

    @Test
    void aFullClassTurnsTheNextLearnerAwayUntilASeatIsFree() throws Exception {
        try (var server = server(new ServerLimits(2, 2, 100));
                var first = client.terminal(server.port(), "a", TestKeys.ed25519("a"));
                var second = client.terminal(server.port(), "b", TestKeys.ed25519("b"));
                var third = client.terminal(server.port(), "c", TestKeys.ed25519("c"))) {
            first.awaitText("Understanding Neural Networks");
            second.awaitText("Understanding Neural Networks");
            third.awaitText("nudge: the class is full (2 sessions); please try again in a few minutes.");
            assertThat(third.awaitClosed()).isEqualTo(1);

            first.type("q");
            first.awaitClosed();
            server.awaitOpenSessions(1);
            try (var fourth = client.terminal(server.port(), "c", TestKeys.ed25519("c"))) {
                fourth.awaitText("Understanding Neural Networks");
            }
        }
    }

    @Test
    void aLearnerMayHaveOnlySoManySessions() throws Exception {
        var key = TestKeys.ed25519("a");
        try (var server = server(new ServerLimits(10, 1, 100));
                var first = client.terminal(server.port(), "a", key);
                var second = client.terminal(server.port(), "a", key)) {
            first.awaitText("Understanding Neural Networks");
            second.awaitText("nudge: you have as many sessions open as a learner may (1); close one first.");
            assertThat(second.awaitClosed()).isEqualTo(1);
            server.awaitLog("refused a session for a (");
        }
    }

    @Test
    void tooManyConnectionsFromOneAddressInAMinuteAreTurnedAwayWithTheReason() throws Exception {
        var key = TestKeys.ed25519("a");
        try (var server = server(new ServerLimits(10, 10, 3))) {
            for (int i = 0; i < 3; i++) {
                client.login(server.port(), "a", key).close();
            }
            assertThatThrownBy(() -> client.login(server.port(), "a", key))
                    .hasMessageContaining("too many connection attempts from your address (at most 3 a minute)");
            server.awaitLog("refused a connection from 127.0.0.1:");
        }
    }

    private TestServer node(String name, Language language, Seats seats) {
        var usual = TestServer.config(temp.resolve(name), new AuthMode.AnyKey(), new ServerLimits(10, 1, 100),
                IdlePolicy.closingAfter(Duration.ZERO));
        return TestServer.start(new ServerConfig(usual.bind(), usual.port(), usual.auth(), usual.dataDirectory(),
                usual.limits(), usual.idle(), usual.authTimeout(),
                environment -> new Appearance(language, new ViewOptions(false, false)), Optional.empty(), false,
                Optional.empty(), seats));
    }

    /**
     * Two class servers counting seats in one real PostgreSQL: a learner at their limit on one node is refused on the
     * other with the usual message, in the learner's language, and gets in there once they close a session.
     */
    @Test
    void aLearnerAtTheirLimitOnOneNodeIsRefusedOnTheOtherInTheirLanguage() throws Exception {
        var key = TestKeys.ed25519("ada");
        try (var postgres = PostgresServer.start()) {
            var database = SeatDatabase.create(postgres);
            try (var seatsA = PostgresSeats.open(database.source(), line -> { });
                    var seatsB = PostgresSeats.open(database.source(), line -> { });
                    var english = node("a", Language.EN, seatsA);
                    var japanese = node("b", Language.JA, seatsB)) {
                try (var first = client.terminal(english.port(), "ada", key)) {
                    first.awaitText(FIRST_SCREEN);
                    try (var second = client.terminal(client.login(japanese.port(), "ada", key), 200, 24)) {
                        second.awaitText("nudge: 同時に開けるセッションは 1 個までです。どれかを閉じてください。");
                        assertThat(second.awaitClosed()).isEqualTo(1);
                    }
                    japanese.awaitLog("refused a session for ");
                    first.type("q");
                    first.awaitClosed();
                }
                english.awaitOpenSessions(0);
                try (var moved = client.terminal(japanese.port(), "ada", key)) {
                    moved.awaitText("ニューラルネットワーク");
                    try (var back = client.terminal(client.login(english.port(), "ada", key), 200, 24)) {
                        back.awaitText("nudge: you have as many sessions open as a learner may (1); close one first.");
                        assertThat(back.awaitClosed()).isEqualTo(1);
                    }
                    assertThat(database.liveSeats(KeyUtils.getFingerPrint(key.getPublic()))).isEqualTo(1);
                }
            }
        }
    }
}
