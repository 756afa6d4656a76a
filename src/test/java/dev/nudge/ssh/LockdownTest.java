package dev.nudge.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.EnumSet;
import org.apache.sshd.client.channel.ClientChannel;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing but the tutor is reachable: no commands, no sftp, no forwarding, and no tutor without a terminal. */
class LockdownTest {
    private static final KeyPair KEY = TestKeys.ed25519("alice");

    @TempDir
    static Path temp;
    private static TestServer server;
    private static TestClient client;
    private ClientSession session;

    @BeforeAll
    static void start() {
        server = TestServer.open(temp);
        client = new TestClient();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        client.close();
        server.close();
    }

    @BeforeEach
    void login() throws Exception {
        session = client.login(server.port(), "alice", KEY);
    }

    @AfterEach
    void logout() throws Exception {
        session.close();
    }

    /** Runs {@code channel} to its end and returns what it wrote on standard error. */
    private static String standardError(ClientChannel channel) throws Exception {
        var err = new ByteArrayOutputStream();
        channel.setErr(err);
        channel.setOut(new ByteArrayOutputStream());
        channel.open().verify(TestServer.TIMEOUT);
        channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TestServer.TIMEOUT);
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aCommandIsAnsweredWithOneLineAndStatus1() throws Exception {
        var exec = session.createExecChannel("cat /etc/passwd");
        assertThat(standardError(exec)).isEqualTo(
                "nudge: this server runs only the tutor, not commands; connect with plain ssh -p " + server.port()
                        + " HOST\r\n");
        assertThat(exec.getExitStatus()).isEqualTo(1);
    }

    @Test
    void aShellWithoutATerminalIsAnsweredWithOneLineAndStatus1() throws Exception {
        var shell = session.createShellChannel();
        shell.setUsePty(false);
        assertThat(standardError(shell)).startsWith("nudge: the tutor needs a terminal; connect without -T");
        assertThat(shell.getExitStatus()).isEqualTo(1);
        server.awaitLog("refused a session without a terminal for alice");
    }

    @Test
    void sftpIsNotOffered() throws Exception {
        var sftp = session.createSubsystemChannel("sftp");
        sftp.open().verify(TestServer.TIMEOUT);
        var events = sftp.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TestServer.TIMEOUT);
        assertThat(events).as("the server closes the sftp channel").contains(ClientChannelEvent.CLOSED);
        assertThat(sftp.getExitStatus()).isNull();
    }

    @Test
    void localPortForwardingCannotOpenAChannel() throws Exception {
        var target = new SshdSocketAddress("127.0.0.1", server.port());
        var tunnel = session.createDirectTcpipChannel(new SshdSocketAddress("127.0.0.1", 0), target);
        assertThatThrownBy(() -> tunnel.open().verify(TestServer.TIMEOUT)).hasMessageContaining("direct-tcpip");
    }

    @Test
    void remotePortForwardingIsRefused() {
        assertThatThrownBy(() -> session.startRemotePortForwarding(new SshdSocketAddress("127.0.0.1", 0),
                new SshdSocketAddress("127.0.0.1", server.port()))).isInstanceOf(Exception.class);
    }
}
