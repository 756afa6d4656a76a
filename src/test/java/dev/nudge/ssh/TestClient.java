package dev.nudge.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Map;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.channel.PtyChannelConfiguration;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;

/** An SSH client in the test's JVM, as a learner's would be, connecting to a {@link TestServer}. */
final class TestClient implements AutoCloseable {
    private final SshClient client = SshClient.setUpDefaultClient();

    TestClient() {
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    /** A client behind a load balancer: each connection starts with {@code proxyHeader}, as the balancer sends it. */
    TestClient(String proxyHeader) {
        client.setClientProxyConnector(session -> session.getIoSession()
                .writeBuffer(new ByteArrayBuffer(proxyHeader.getBytes(StandardCharsets.US_ASCII)))
                .verify(TestServer.TIMEOUT));
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    /** A connection as {@code user}, not yet logged in. */
    ClientSession connect(int port, String user) throws IOException {
        return client.connect(user, "127.0.0.1", port).verify(TestServer.TIMEOUT).getSession();
    }

    /** A connection logged in with {@code key}. */
    ClientSession login(int port, String user, KeyPair key) throws IOException {
        var session = connect(port, user);
        session.addPublicKeyIdentity(key);
        session.auth().verify(TestServer.TIMEOUT);
        return session;
    }

    /** A tutor session on a terminal of the given size, as {@code ssh} opens it. */
    RemoteTerminal terminal(ClientSession session, int columns, int rows) throws IOException {
        var pty = new PtyChannelConfiguration();
        pty.setPtyType("xterm-256color");
        pty.setPtyColumns(columns);
        pty.setPtyLines(rows);
        return RemoteTerminal.open(session.createShellChannel(pty, Map.of()), columns, rows);
    }

    RemoteTerminal terminal(int port, String user, KeyPair key) throws IOException {
        return terminal(login(port, user, key), 80, 24);
    }

    @Override
    public void close() {
        client.stop();
    }
}
