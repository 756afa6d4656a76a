package dev.nudge.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.sshd.common.channel.PtyChannelConfiguration;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user name, a key comment and a {@code TERM} value are chosen by whoever connects; in the teacher's console each
 * is one line per event with every escape and line end written out visibly, so none can repaint the console or forge
 * a line.
 */
class ConsoleTextTest {
    private static final String FORGED = "a\u001b[2J\nsession 9 ended: bob (quit after 1s)\r";
    private static final String SHOWN = "a\\x1B[2J\\nsession 9 ended: bob (quit after 1s)\\r";
    private static final String TERM = "xterm\u001b]0;owned\u0007";

    @TempDir
    Path temp;
    @AutoClose
    private final TestClient client = new TestClient();

    private RemoteTerminal terminal(TestServer server, String user, java.security.KeyPair key) throws Exception {
        var pty = new PtyChannelConfiguration();
        pty.setPtyType(TERM);
        return RemoteTerminal.open(client.login(server.port(), user, key).createShellChannel(pty, Map.of()), 80, 24);
    }

    @Test
    void aUserNameAndATerminalTypeWithEscapesAreShownVisiblyOnOneLine() throws Exception {
        try (var server = TestServer.open(temp); var terminal = terminal(server, FORGED, TestKeys.ed25519("a"))) {
            terminal.awaitText("Understanding Neural Networks");
            terminal.type("q");
            server.awaitLog("session 1 ended: ");
            var started = server.awaitLog("session 1 started: ");
            assertThat(started).startsWith("session 1 started: " + SHOWN + " (SHA256:")
                    .contains("(xterm\\x1B]0;owned\\x07, 80x24)");
            assertThat(server.awaitLog("session 1 ended: ")).startsWith("session 1 ended: " + SHOWN + " (SHA256:");
            assertOnlyPlainLines(server);
        }
    }

    @Test
    void aKeyCommentWithEscapesIsShownVisibly() throws Exception {
        var key = TestKeys.ed25519("comment");
        var file = Files.writeString(temp.resolve("class_keys"),
                PublicKeyEntry.toString(key.getPublic()) + " al\u001b[31mice\u001b[0m\u202e\n");
        try (var server = TestServer.start(TestServer.config(temp.resolve("data"), new AuthMode.KeysFile(file),
                TestServer.ROOMY, IdlePolicy.closingAfter(Duration.ZERO)));
                var terminal = terminal(server, "x", key)) {
            terminal.awaitText("Understanding Neural Networks");
            assertThat(server.awaitLog("session 1 started: "))
                    .startsWith("session 1 started: al\\x1B[31mice\\x1B[0m\\u202E (key SHA256:");
            assertOnlyPlainLines(server);
        }
    }

    private static void assertOnlyPlainLines(TestServer server) {
        assertThat(server.log()).allSatisfy(line -> assertThat(line.chars().filter(c -> c < 0x20 || c == 0x7f
                || c == 0x202e)).as("control characters in %s", line).isEmpty());
        assertThat(server.log()).noneMatch(line -> line.startsWith("session 9"));
    }
}
