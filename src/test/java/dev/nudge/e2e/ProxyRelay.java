package dev.nudge.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A stand-in for a TCP load balancer with {@code send-proxy}: it listens on a loopback port and, for each
 * connection, connects to the server, writes a PROXY protocol v1 header naming {@code claimed} as the client's
 * address (with the client's real port), and relays the bytes both ways.
 */
final class ProxyRelay implements AutoCloseable {
    private final ServerSocket listener;
    private final int serverPort;
    private final String claimed;

    private ProxyRelay(ServerSocket listener, int serverPort, String claimed) {
        this.listener = listener;
        this.serverPort = serverPort;
        this.claimed = claimed;
        var acceptor = new Thread(this::accept, "proxy-relay");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static ProxyRelay to(int serverPort, String claimed) throws IOException {
        return new ProxyRelay(new ServerSocket(0, 10, InetAddress.getLoopbackAddress()), serverPort, claimed);
    }

    int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                var client = listener.accept();
                var server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                var header = "PROXY TCP4 " + claimed + " 127.0.0.1 " + client.getPort() + " " + serverPort + "\r\n";
                server.getOutputStream().write(header.getBytes(StandardCharsets.US_ASCII));
                pipe(client.getInputStream(), server.getOutputStream(), server);
                pipe(server.getInputStream(), client.getOutputStream(), client);
            } catch (IOException e) {
                // Closed: the test is over.
            }
        }
    }

    /** Copies {@code from} to {@code to} until either end closes, then closes {@code toSocket}. */
    private static void pipe(InputStream from, OutputStream to, Socket toSocket) {
        var thread = new Thread(() -> {
            try (toSocket) {
                from.transferTo(to);
            } catch (IOException e) {
                // One end went away; closing the other tells its peer.
            }
        }, "proxy-relay-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
