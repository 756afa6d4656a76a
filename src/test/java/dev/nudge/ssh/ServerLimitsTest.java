package dev.nudge.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full class, a learner with too many windows and a flood of connections each get a clear message. */
class ServerLimitsTest {
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
            second.awaitText("nudge: a learner may have at most 1 sessions open at once; close one of yours");
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
}
