package dev.nudge.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How sessions live and end: keys, resizes, quitting, idling, dropping, and the server stopping. */
class SessionLifecycleTest {
    private static final String FIRST_SCREEN = "Understanding Neural Networks";

    @TempDir
    Path temp;
    private final TestClient client = new TestClient();

    @AfterEach
    void stopClient() {
        client.close();
    }

    @Test
    void aBareCarriageReturnIsEnterAndQuitSaysGoodbyeWithStatus0() throws Exception {
        try (var server = TestServer.open(temp); var terminal = client.terminal(server.port(), "a", TestKeys.ed25519("a"))) {
            terminal.awaitText(FIRST_SCREEN);
            terminal.type("\r");
            terminal.awaitText("Lesson 1/");
            terminal.type("?");
            terminal.awaitText("Open or close this help");
            terminal.type("q");
            terminal.awaitText("Goodbye! Connect again any time to go on.");
            assertThat(terminal.awaitClosed()).isZero();
            server.awaitLog("session 1 ended: a (");
            assertThat(server.awaitLog("session 1 ended")).contains("(quit after");
        }
    }

    @Test
    void aWindowChangeRedrawsAtTheNewSize() throws Exception {
        try (var server = TestServer.open(temp); var terminal = client.terminal(server.port(), "a", TestKeys.ed25519("a"))) {
            terminal.awaitText(FIRST_SCREEN);
            terminal.resize(59, 15);
            terminal.awaitText("It is 59×15; nudge needs at least 60×16.");
            terminal.resize(100, 30);
            var screen = terminal.awaitText(FIRST_SCREEN);
            assertThat(screen.lines().filter(line -> line.contains(FIRST_SCREEN)).findFirst().orElseThrow())
                    .as("centred in 100 columns").startsWith(" ".repeat(35) + "Understanding");
        }
    }

    private TestServer closingIdleSessionsAfter(Duration timeout) {
        var idle = IdlePolicy.closingAfter(timeout);
        return TestServer.start(TestServer.config(temp, new AuthMode.AnyKey(), TestServer.ROOMY, idle));
    }

    @Test
    void anIdleSessionIsWarnedOnScreenThenClosedWithAMessage() throws Exception {
        try (var server = closingIdleSessionsAfter(Duration.ofSeconds(2));
                var terminal = client.terminal(server.port(), "a", TestKeys.ed25519("a"))) {
            terminal.awaitText(FIRST_SCREEN);
            terminal.awaitText("Press a key within 1 seconds or this session closes.");
            terminal.awaitText("The session was closed because no key was pressed for a long time");
            assertThat(terminal.awaitClosed()).isZero();
            assertThat(server.awaitLog("session 1 ended")).contains("closed after the idle time-out");
        }
    }

    @Test
    void aKeyPressPutsOffTheIdleTimeOut() throws Exception {
        try (var server = closingIdleSessionsAfter(Duration.ofSeconds(2));
                var terminal = client.terminal(server.port(), "a", TestKeys.ed25519("a"))) {
            terminal.awaitText(FIRST_SCREEN);
            for (int i = 0; i < 6; i++) {
                Thread.sleep(500);
                terminal.type("x");
            }
            assertThat(terminal.screen()).doesNotContain("Press a key within");
            assertThat(server.server().openSessions()).isEqualTo(1);
        }
    }

    @Test
    void aDroppedConnectionEndsItsSessionPromptlyAndTheOtherSessionGoesOn() throws Exception {
        try (var server = TestServer.open(temp)) {
            var dropped = client.login(server.port(), "a", TestKeys.ed25519("a"));
            var first = client.terminal(dropped, 80, 24);
            try (var second = client.terminal(server.port(), "b", TestKeys.ed25519("b"))) {
                first.awaitText(FIRST_SCREEN);
                second.awaitText(FIRST_SCREEN);
                long before = System.nanoTime();
                dropped.close(true);
                assertThat(server.awaitLog("session 1 ended")).contains("connection lost");
                assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(2));
                server.awaitOpenSessions(1);

                second.type("?");
                second.awaitText("Open or close this help");
            }
        }
    }

    @Test
    void aClientClosingItsChannelEndsTheSessionAndFreesTheSeat() throws Exception {
        try (var server = TestServer.open(temp)) {
            var terminal = client.terminal(server.port(), "a", TestKeys.ed25519("a"));
            terminal.awaitText(FIRST_SCREEN);
            terminal.close();
            assertThat(server.awaitLog("session 1 ended")).contains("(the client closed it after");
            server.awaitOpenSessions(0);
        }
    }

    @Test
    void garbageFromOneClientHarmsNeitherItsSessionNorAnother() throws Exception {
        var noise = new byte[1024];
        new Random(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            // Everything but the two keys that quit: q and Ctrl-C.
            noise[i] = noise[i] == 'q' || noise[i] == 3 ? (byte) 'z' : noise[i];
        }
        try (var server = TestServer.open(temp);
                var noisy = client.terminal(server.port(), "a", TestKeys.ed25519("a"));
                var quiet = client.terminal(server.port(), "b", TestKeys.ed25519("b"))) {
            noisy.awaitText(FIRST_SCREEN);
            quiet.awaitText(FIRST_SCREEN);
            var in = noisy.channel().getInvertedIn();
            in.write(noise);
            in.write(new byte[] {(byte) 0xe3, (byte) 0x81, 0x1b, '[', '9', '9', 0, (byte) 0xff});
            in.flush();
            quiet.type("?");
            quiet.awaitText("Open or close this help");
            // The noise may have moved the noisy session anywhere in the course; Ctrl-C quits from everywhere.
            assertThat(server.server().openSessions()).isEqualTo(2);
            noisy.type("\u0003");
            noisy.awaitText("Goodbye!");
            quiet.type("q");
            quiet.awaitText("Goodbye!");
        }
    }

    @Test
    void stoppingTheServerTellsEveryLearnerAndClosesTheirSessions() throws Exception {
        var server = TestServer.open(temp);
        try (var first = client.terminal(server.port(), "a", TestKeys.ed25519("a"));
                var second = client.terminal(server.port(), "b", TestKeys.ed25519("b"))) {
            first.awaitText(FIRST_SCREEN);
            second.awaitText(FIRST_SCREEN);
            server.close();
            for (var terminal : new RemoteTerminal[] {first, second}) {
                terminal.awaitText("The class server is shutting down; your session was closed.");
                assertThat(terminal.awaitClosed()).isZero();
            }
            assertThat(server.server().openSessions()).isZero();
        }
    }
}
