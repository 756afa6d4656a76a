package dev.nudge.seats;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The network between a node and its database, for tests of a database gone: a loopback relay to PostgreSQL that
 * can {@link #freeze()} (connections stay open and nothing comes back, as from a hung server or a lost route),
 * {@link #cut()} (every connection closed and new ones refused, as from a stopped server) and {@link #heal()}.
 */
final class DatabaseLink implements AutoCloseable {
    private final int databasePort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;
    private volatile boolean frozen;
    private final int port;

    private DatabaseLink(int databasePort) throws IOException {
        this.databasePort = databasePort;
        this.port = listen(0);
    }

    static DatabaseLink to(int databasePort) throws IOException {
        return new DatabaseLink(databasePort);
    }

    int port() {
        return port;
    }

    /** Stops passing bytes on, in both directions, without closing anything. */
    void freeze() {
        frozen = true;
    }

    /** Closes every connection through the link and refuses new ones. */
    void cut() throws IOException {
        listener.close();
        for (var socket : sockets) {
            socket.close();
        }
    }

    /** Passes bytes on again and accepts new connections. */
    void heal() throws IOException {
        frozen = false;
        if (listener.isClosed()) {
            listen(port);
        }
    }

    private int listen(int at) throws IOException {
        var socket = new ServerSocket(at, 50, InetAddress.getLoopbackAddress());
        listener = socket;
        daemon(() -> accept(socket));
        return socket.getLocalPort();
    }

    private void accept(ServerSocket from) {
        while (!from.isClosed()) {
            try {
                var client = from.accept();
                var database = new Socket(InetAddress.getLoopbackAddress(), databasePort);
                sockets.add(client);
                sockets.add(database);
                daemon(() -> pipe(client, database));
                daemon(() -> pipe(database, client));
            } catch (IOException e) {
                // cut: the listener is closed
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        var buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                while (frozen) {
                    Thread.sleep(10);
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // one end went away
        } finally {
            close(from);
            close(to);
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    private static void daemon(Runnable task) {
        var thread = new Thread(task, "database-link");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        frozen = false;
        cut();
    }
}
