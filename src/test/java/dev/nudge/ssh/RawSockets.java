package dev.nudge.ssh;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain TCP connections to a test server that send chosen bytes first, as a load balancer or an attacker would, kept
 * open until the test ends.
 */
final class RawSockets implements AutoCloseable {
    static final Duration PATIENCE = Duration.ofSeconds(2);

    private final List<Socket> opened = new ArrayList<>();

    /** Connects to loopback {@code port} and sends {@code bytes}. */
    Socket sending(int port, byte[] bytes) throws IOException {
        var socket = new Socket();
        opened.add(socket);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
        return socket;
    }

    /**
     * Whether the server closes the connection (rather than waiting for the key exchange) within {@link #PATIENCE}:
     * long enough on a busy machine for a refusal, which comes at once on a quiet one.
     */
    static boolean closedByServer(Socket socket) throws IOException {
        try {
            socket.setSoTimeout((int) PATIENCE.toMillis());
            socket.getInputStream().readAllBytes();
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            // A reset is a close too.
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        for (var socket : opened) {
            socket.close();
        }
    }
}
