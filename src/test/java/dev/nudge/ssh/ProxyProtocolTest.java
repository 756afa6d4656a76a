package dev.nudge.ssh;

import static dev.nudge.ssh.RawSockets.closedByServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class server behind a load balancer that sends the PROXY protocol, on loopback: with the option the learner's
 * address from the header is the one logged, counted and checked against {@code from=}; without the option, and
 * with a missing or malformed header, the connection is closed and the log says why.
 */
class ProxyProtocolTest {
    private static final String FROM_LEARNER = "PROXY TCP4 192.0.2.7 10.0.0.5 51234 2222\r\n";
    private static final String FROM_ELSEWHERE = "PROXY TCP4 198.51.100.1 10.0.0.5 40000 2222\r\n";
    private static final int PER_ADDRESS = 2;
    /** Long enough that no waiting connection is cut (giving its place back) while a test looks at the others. */
    private static final Duration LOGIN_TIME = Duration.ofSeconds(30);

    @TempDir
    Path temp;
    @AutoClose
    final RawSockets sockets = new RawSockets();

    private TestServer server(boolean proxyProtocol, AuthMode auth, int attemptsPerMinute) {
        return server(proxyProtocol, auth, new ServerLimits(20, 5, attemptsPerMinute,
                new StartupLimits(10, 30, 20, PER_ADDRESS)));
    }

    private TestServer server(boolean proxyProtocol, AuthMode auth, ServerLimits limits) {
        var usual = TestServer.config(temp, auth, limits, IdlePolicy.closingAfter(Duration.ZERO));
        return TestServer.start(new ServerConfig(usual.bind(), usual.port(), usual.auth(), usual.dataDirectory(),
                usual.limits(), usual.idle(), LOGIN_TIME, usual.appearance(), usual.hostKeyFile(), proxyProtocol));
    }

    private TestServer server(boolean proxyProtocol) {
        return server(proxyProtocol, new AuthMode.AnyKey(), 100);
    }

    private Socket sending(int port, String text) throws IOException {
        return sockets.sending(port, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void withTheOptionTheLearnerLogsInAndTheLogNamesTheAddressFromTheHeader() throws Exception {
        try (var server = server(true); var client = new TestClient(FROM_LEARNER);
                var terminal = client.terminal(server.port(), "alice", TestKeys.ed25519("alice"))) {
            terminal.awaitText("Understanding Neural Networks");
            assertThat(server.awaitLog("session 1 started")).contains("from 192.0.2.7:51234");
        }
    }

    @Test
    void withoutTheOptionAConnectionThatStartsWithAHeaderIsClosedAndLogged() throws Exception {
        try (var server = server(false)) {
            assertThat(closedByServer(sending(server.port(), FROM_LEARNER + "SSH-2.0-x\r\n"))).isTrue();
            assertThat(server.awaitLog("refused a connection from 127.0.0.1:"))
                    .contains("began with a PROXY protocol header, and --proxy-protocol is off");
            var v2 = new byte[] {0x0D, 0x0A, 0x0D, 0x0A, 0x00, 0x0D, 0x0A, 0x51, 0x55, 0x49, 0x54, 0x0A, 0x20, 0, 0, 0};
            assertThat(closedByServer(sockets.sending(server.port(), v2))).isTrue();
            assertThatThrownBy(() -> {
                try (var client = new TestClient(FROM_LEARNER)) {
                    client.login(server.port(), "alice", TestKeys.ed25519("alice"));
                }
            }).isInstanceOf(Exception.class);
            try (var client = new TestClient(); var terminal = client.terminal(server.port(), "bob",
                    TestKeys.ed25519("bob"))) {
                terminal.awaitText("Understanding Neural Networks");
            }
        }
    }

    @Test
    void withTheOptionAConnectionWithoutAHeaderIsClosedAndLogged() throws Exception {
        try (var server = server(true)) {
            assertThat(closedByServer(sending(server.port(), "SSH-2.0-OpenSSH_9.2\r\n"))).isTrue();
            assertThat(server.awaitLog("refused a connection from 127.0.0.1:")).contains("sent no PROXY header");
            assertThatThrownBy(() -> {
                try (var client = new TestClient()) {
                    client.login(server.port(), "alice", TestKeys.ed25519("alice"));
                }
            }).isInstanceOf(Exception.class);
        }
    }

    @Test
    void aMalformedHeaderIsClosedAndLoggedWithoutItsControlCharacters() throws Exception {
        try (var server = server(true)) {
            assertThat(closedByServer(sending(server.port(), "PROXY TCP4 \u001b]0;owned\u0007 10.0.0.5 1 2\r\n")))
                    .isTrue();
            var line = server.awaitLog("is malformed");
            assertThat(line).startsWith("refused a connection from 127.0.0.1:").doesNotContain("\u001b", "\u0007");
        }
    }

    @Test
    void anOversizedHeaderIsClosedAndLogged() throws Exception {
        try (var server = server(true)) {
            assertThat(closedByServer(sending(server.port(), "PROXY TCP4 " + "9".repeat(200)))).isTrue();
            server.awaitLog("has no end within 107 bytes");
        }
    }

    @Test
    void aFloodOfBadHeadersIsCountedRatherThanLoggedLineByLine() throws Exception {
        try (var server = server(true)) {
            for (int i = 0; i < 20; i++) {
                assertThat(closedByServer(sending(server.port(), "SSH-2.0-x\r\n"))).isTrue();
            }
            assertThat(server.log()).filteredOn(line -> line.startsWith("refused a connection")).hasSize(1);
        }
    }

    @Test
    void connectionsNotLoggedInAreCountedAgainstTheAddressInTheHeader() throws Exception {
        try (var server = server(true)) {
            for (int i = 0; i < PER_ADDRESS; i++) {
                assertThat(closedByServer(sending(server.port(), FROM_LEARNER))).as("waiting %d", i).isFalse();
            }
            assertThat(closedByServer(sending(server.port(), FROM_LEARNER))).isTrue();
            assertThat(server.awaitLog("refused a connection from 192.0.2.7:51234 before it logged in"))
                    .contains(PER_ADDRESS + " connections from that address have not logged in yet");
            assertThat(closedByServer(sending(server.port(), FROM_ELSEWHERE))).as("another learner").isFalse();
        }
    }

    @Test
    void connectionsStillWithoutTheirHeaderCountInTheTotal() throws Exception {
        var limits = new ServerLimits(20, 5, 100, new StartupLimits(2, 100, 2, PER_ADDRESS));
        try (var server = server(true, new AuthMode.AnyKey(), limits)) {
            assertThat(closedByServer(sockets.sending(server.port(), new byte[0]))).as("silent 1").isFalse();
            assertThat(closedByServer(sending(server.port(), FROM_LEARNER))).as("with a header").isFalse();
            assertThat(closedByServer(sockets.sending(server.port(), new byte[0]))).as("one too many").isTrue();
            assertThat(server.awaitLog("refused a connection from 127.0.0.1:"))
                    .contains("2 connections have not logged in yet");
        }
    }

    @Test
    void connectionAttemptsAreCountedAgainstTheAddressInTheHeader() throws Exception {
        try (var server = server(true, new AuthMode.AnyKey(), 2); var learner = new TestClient(FROM_LEARNER);
                var other = new TestClient(FROM_ELSEWHERE)) {
            var key = TestKeys.ed25519("alice");
            learner.login(server.port(), "alice", key).close();
            learner.login(server.port(), "alice", key).close();
            assertThatThrownBy(() -> learner.login(server.port(), "alice", key)).isInstanceOf(Exception.class);
            assertThat(server.awaitLog("more than 2 attempts")).contains("from 192.0.2.7:51234");
            other.login(server.port(), "bob", TestKeys.ed25519("bob")).close();
        }
    }

    @Test
    void fromInTheKeysFileIsCheckedAgainstTheAddressInTheHeader() throws Exception {
        var alice = TestKeys.ed25519("alice");
        var keys = TestKeys.authorizedKeys(temp.resolve("class_keys"), Map.of("alice", alice));
        Files.writeString(keys, "from=\"192.0.2.7\" " + Files.readString(keys));
        try (var server = server(true, new AuthMode.KeysFile(keys), 100); var learner = new TestClient(FROM_LEARNER);
                var elsewhere = new TestClient(FROM_ELSEWHERE)) {
            learner.login(server.port(), "alice", alice).close();
            assertThatThrownBy(() -> elsewhere.login(server.port(), "alice", alice)).isInstanceOf(Exception.class);
            assertThat(server.awaitLog("198.51.100.1")).contains("alice");
        }
    }
}
