import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.channel.PtyChannelConfiguration;
import org.apache.sshd.common.config.keys.KeyUtils;

/**
 * Two attacks on the doors of `nudge serve`, on loopback only, bounded in count and time, each measured on the server
 * process through /proc (resident memory, open descriptors) and jcmd (heap in use after a full collection):
 *
 * env       CONNECTIONS connections, each sending REQUESTS `env` requests of KB kilobytes before its shell starts;
 *           then, with them still open, a learner logs in.
 * half-open SOCKETS sockets from ADDRESSES loopback addresses (127.0.0.2 on), which connect and never speak; then a
 *           learner from 127.0.0.1 logs in and the time to the first bytes of its screen is measured (at most 30 s).
 *
 * Usage: java -cp target/nudge.jar bench/DoorAttacks.java env PORT SERVER_PID CONNECTIONS REQUESTS KB
 *        java -cp target/nudge.jar bench/DoorAttacks.java half-open PORT SERVER_PID SOCKETS ADDRESSES
 */
public final class DoorAttacks {
    private static final Duration LOGIN_WAIT = Duration.ofSeconds(30);
    /** The most the flood spends opening its sockets. */
    private static final Duration CONNECT_TIME = Duration.ofSeconds(45);
    /** How long the silent sockets are then held and the server watched. */
    private static final Duration WATCH = Duration.ofSeconds(15);

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[1]);
        long pid = Long.parseLong(args[2]);
        System.out.printf("before: %s%n", Server.sample(pid));
        var client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        try {
            switch (args[0]) {
                case "env" -> environmentFlood(client, port, pid, Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                        Integer.parseInt(args[5]));
                case "half-open" -> halfOpen(client, port, pid, Integer.parseInt(args[3]), Integer.parseInt(args[4]));
                default -> throw new IllegalArgumentException("no attack called " + args[0] + "; env or half-open");
            }
        } finally {
            client.stop();
        }
    }

    private static void environmentFlood(SshClient client, int port, long pid, int connections, int requests, int kb)
            throws Exception {
        var value = "x".repeat(kb * 1024);
        var variables = new LinkedHashMap<String, Object>();
        for (int i = 0; i < requests; i++) {
            variables.put("FLOOD_" + i, value);
        }
        var sessions = new ArrayList<ClientSession>();
        long started = System.nanoTime();
        try {
            for (int i = 0; i < connections; i++) {
                var session = login(client, port, "flood" + i);
                sessions.add(session);
                var firstBytes = new FirstBytes();
                var shell = session.createShellChannel(terminal(), variables);
                shell.setOut(firstBytes);
                shell.open().verify(LOGIN_WAIT);
                firstBytes.await();
            }
            System.out.printf("sent %d x %d env requests of %d KB (%.0f MB) in %.1f s%n", connections, requests, kb,
                    (double) connections * requests * kb / 1024, (System.nanoTime() - started) / 1e9);
            System.out.printf("during: %s%n", Server.sample(pid));
            System.out.printf("a learner meanwhile: %s%n", timeToFirstFrame(client, port));
        } finally {
            for (var session : sessions) {
                session.close(true);
            }
        }
    }

    private static void halfOpen(SshClient client, int port, long pid, int count, int addresses) throws Exception {
        try (var flood = new SilentFlood(port, addresses)) {
            long started = System.nanoTime();
            flood.open(count, started + CONNECT_TIME.toNanos());
            System.out.printf("opened %d silent sockets from %d addresses in %.1f s: %s%n", flood.opened(), addresses,
                    (System.nanoTime() - started) / 1e9, flood);
            System.out.printf("then: %s%n", Server.sample(pid));
            System.out.printf("a learner from 127.0.0.1: %s%n", timeToFirstFrame(client, port));
            // The server keeps what it took until its login time-out; watch it while the sockets stay silent.
            for (int second = 5; second <= WATCH.toSeconds(); second += 5) {
                flood.drain(System.nanoTime() + 5_000_000_000L);
                System.out.printf("after %2d s more: %s; %s%n", second, flood, Server.sample(pid));
            }
        }
    }

    /**
     * Sockets that connect and never send a byte. New ones are opened only while fewer than {@link #IN_FLIGHT} wait
     * for the server's first word, so the pace is the server's: past its accept queue a connection would only be
     * dropped by the kernel, and cost the server nothing.
     */
    private static final class SilentFlood implements AutoCloseable {
        private static final int IN_FLIGHT = 256;
        private final Selector selector = Selector.open();
        private final List<SocketChannel> sockets = new ArrayList<>();
        private final java.nio.ByteBuffer sink = java.nio.ByteBuffer.allocate(4096);
        private final int port;
        private final int addresses;
        private int unanswered;
        private int taken;
        private int refused;
        private int cutLater;
        private int failed;

        SilentFlood(int port, int addresses) throws IOException {
            this.port = port;
            this.addresses = addresses;
        }

        void open(int count, long deadline) throws IOException {
            while ((sockets.size() < count || unanswered > 0) && System.nanoTime() < deadline) {
                while (sockets.size() < count && unanswered < IN_FLIGHT) {
                    var socket = SocketChannel.open();
                    sockets.add(socket);
                    socket.configureBlocking(false);
                    socket.bind(new InetSocketAddress("127.0.0." + (2 + sockets.size() % addresses), 0));
                    socket.connect(new InetSocketAddress("127.0.0.1", port));
                    socket.register(selector, SelectionKey.OP_CONNECT, Boolean.FALSE);
                    unanswered++;
                }
                step(100);
            }
        }

        void drain(long until) throws IOException {
            while (System.nanoTime() < until) {
                step(Math.max(1, (until - System.nanoTime()) / 1_000_000));
            }
        }

        private void step(long waitMillis) throws IOException {
            selector.select(waitMillis);
            for (var key : selector.selectedKeys()) {
                var socket = (SocketChannel) key.channel();
                try {
                    if (key.isConnectable()) {
                        socket.finishConnect();
                        key.interestOps(SelectionKey.OP_READ);
                    } else if (key.isReadable()) {
                        read(key, socket);
                    }
                } catch (IOException e) {
                    key.cancel();
                    failed++;
                    unanswered -= key.attachment() == Boolean.FALSE ? 1 : 0;
                }
            }
            selector.selectedKeys().clear();
        }

        /** The server's identification means it took the socket; the end of the stream, that it closed it. */
        private void read(SelectionKey key, SocketChannel socket) throws IOException {
            sink.clear();
            boolean answered = key.attachment() == Boolean.TRUE;
            if (socket.read(sink) >= 0) {
                if (!answered) {
                    key.attach(Boolean.TRUE);
                    unanswered--;
                    taken++;
                }
                return;
            }
            key.cancel();
            if (answered) {
                taken--;
                cutLater++;
            } else {
                unanswered--;
                refused++;
            }
        }

        int opened() {
            return sockets.size();
        }

        @Override
        public String toString() {
            return String.format("%d held by the server, %d closed at once, %d closed later, %d unanswered, %d failed",
                    taken, refused, cutLater, unanswered, failed);
        }

        @Override
        public void close() throws IOException {
            for (var socket : sockets) {
                socket.close();
            }
            selector.close();
        }
    }

    /** How long a learner waits from connecting to the first bytes of the tutor's screen, or why they got none. */
    private static String timeToFirstFrame(SshClient client, int port) throws InterruptedException {
        long started = System.nanoTime();
        try (var session = login(client, port, "learner")) {
            var firstBytes = new FirstBytes();
            var shell = session.createShellChannel(terminal(), java.util.Map.of());
            shell.setOut(firstBytes);
            shell.open().verify(LOGIN_WAIT);
            if (!firstBytes.await()) {
                return "no screen within " + LOGIN_WAIT.toSeconds() + " s";
            }
            return String.format("first frame after %.0f ms", (System.nanoTime() - started) / 1e6);
        } catch (Exception e) {
            if (e instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            return String.format("failed after %.1f s: %s", (System.nanoTime() - started) / 1e9, e.getMessage());
        }
    }

    private static ClientSession login(SshClient client, int port, String user) throws Exception {
        var session = client.connect(user, "127.0.0.1", port).verify(LOGIN_WAIT).getSession();
        session.addPublicKeyIdentity(KeyUtils.generateKeyPair("ssh-ed25519", 256));
        session.auth().verify(LOGIN_WAIT);
        return session;
    }

    private static PtyChannelConfiguration terminal() {
        var pty = new PtyChannelConfiguration();
        pty.setPtyType("xterm-256color");
        pty.setPtyColumns(80);
        pty.setPtyLines(24);
        return pty;
    }

    /** Notes when the first bytes of a screen arrive. */
    private static final class FirstBytes extends OutputStream {
        private final CountDownLatch arrived = new CountDownLatch(1);

        @Override
        public void write(int b) {
            arrived.countDown();
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            arrived.countDown();
        }

        boolean await() throws InterruptedException {
            return arrived.await(LOGIN_WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** The server process as the attack leaves it. */
    private record Server(long rssKib, long descriptors, String heap) {
        static Server sample(long pid) throws IOException, InterruptedException {
            long rss = Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElse(-1);
            long descriptors;
            try (var open = Files.list(Path.of("/proc/" + pid + "/fd"))) {
                descriptors = open.count();
            }
            return new Server(rss, descriptors, liveHeap(pid));
        }

        /** The objects alive after a full collection (which a class histogram makes first), as jcmd counts them. */
        private static String liveHeap(long pid) throws IOException, InterruptedException {
            var total = java.util.regex.Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)").matcher(
                    jcmd(pid, "GC.class_histogram"));
            return total.find() ? String.format("%.0f MiB", Long.parseLong(total.group(1)) / 1048576.0) : "unknown";
        }

        private static String jcmd(long pid, String command) throws IOException, InterruptedException {
            var process = new ProcessBuilder("jcmd", String.valueOf(pid), command).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(60, TimeUnit.SECONDS);
            return output;
        }

        @Override
        public String toString() {
            return String.format("server rss=%.0f MiB descriptors=%d heap_live=%s", rssKib / 1024.0, descriptors, heap);
        }
    }
}
