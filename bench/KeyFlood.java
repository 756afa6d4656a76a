import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.channel.PtyChannelConfiguration;
import org.apache.sshd.common.config.keys.KeyUtils;

/**
 * The key-flood attack on `nudge serve`, measured: one learner waits at a quiz, another pastes 1 MB of `n`/`p` keys
 * into their session; 2 s later a new session connects (timed to its first frame) and the first learner answers the
 * quiz right. Half a second after the verdict is on screen the server is stopped: `kill` sends SIGKILL, `term` SIGTERM,
 * and `frame` first waits for the new session's first frame (up to 60 s), then sends SIGKILL. Then the progress file
 * is read: rows written, its size, and whether the right answer is in it. Server peak memory (VmHWM) and open
 * descriptors come from /proc.
 *
 * Every wait is capped, so a run ends within about two minutes even against a server that never catches up.
 *
 * Usage: java -cp target/nudge.jar bench/KeyFlood.java PORT SERVER_PID DATA_DIR kill|term|frame
 */
public final class KeyFlood {
    private static final String TITLE = "Understanding Neural Networks";
    private static final int FLOOD_BYTES = 1024 * 1024;
    private static final Duration STEP_WAIT = Duration.ofSeconds(20);
    private static final Duration FIRST_FRAME_WAIT = Duration.ofSeconds(60);
    /** How long after the flood was sent the new session connects and the waiting learner answers. */
    private static final Duration UNDER_WAY = Duration.ofSeconds(2);
    /** How long after the verdict is on screen the server is stopped: the store's stated bound, doubled. */
    private static final Duration AFTER_VERDICT = Duration.ofMillis(500);
    private static final Duration EXIT_WAIT = Duration.ofSeconds(30);

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long serverPid = Long.parseLong(args[1]);
        var data = Path.of(args[2]);
        var stop = args[3];

        var client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        var peak = new Peak(serverPid);
        peak.start();

        var answering = Session.open(client, port, "answering");
        answering.await(TITLE, STEP_WAIT);
        // Start, then three steps on to the quiz; the screen sends only changed cells, so wait for a frame, not a text.
        for (int step = 0; step < 4; step++) {
            answering.type("\r");
            answering.awaitFrame(STEP_WAIT);
        }

        var flooder = Session.open(client, port, "flood");
        flooder.await(TITLE, STEP_WAIT);
        flooder.type("\r");
        flooder.await("Lesson 1/8", STEP_WAIT);
        long floodStart = System.nanoTime();
        var flood = new Thread(() -> flooder.paste(FLOOD_BYTES), "flood");
        flood.start();
        flood.join(TimeUnit.SECONDS.toMillis(30));
        System.out.printf("flood: %d KiB of n/p keys sent in %.2f s%n", flooder.sent / 1024, seconds(floodStart));
        // The flood is under way: the server has taken its bytes and works through its keys.
        Thread.sleep(UNDER_WAY.toMillis());

        // A newcomer connects now; their first frame is timed on a thread of its own.
        long connecting = System.nanoTime();
        var firstFrame = new AtomicReference<String>();
        var newcomer = new Thread(() -> firstFrame.set(timeFirstFrame(client, port, connecting)), "newcomer");
        newcomer.setDaemon(true);
        newcomer.start();

        answering.type("1");
        boolean verdict = answering.await("Right!", STEP_WAIT);
        long shown = System.nanoTime();
        System.out.printf("right answer: %s%n", verdict ? "shown as Right! on the learner's screen" : "never shown");
        if (stop.equals("frame")) {
            newcomer.join(FIRST_FRAME_WAIT.toMillis() + 5_000);
        }
        long sinceVerdict = Duration.ofNanos(System.nanoTime() - shown).toMillis();
        Thread.sleep(Math.max(0, AFTER_VERDICT.toMillis() - sinceVerdict));
        var frame = firstFrame.get();
        System.out.printf("first frame of a new session opened %d s into the flood: %s%n", UNDER_WAY.toSeconds(),
                frame != null ? frame : String.format("not yet after %.2f s, when the server was stopped", seconds(connecting)));
        peak.sample();
        System.out.printf("server before stopping: peak RSS (VmHWM) %d MiB, open descriptors %d (peak %d)%n",
                peak.hwmKib() / 1024, peak.fds(), peak.maxFds);
        long stopping = System.nanoTime();
        stopServer(serverPid, stop);
        System.out.printf("server stopped by %s %.2f s after the verdict was shown (exit took %.2f s)%n",
                stop.equals("term") ? "SIGTERM" : "kill -9", seconds(shown), seconds(stopping));
        peak.interrupt();
        client.stop();

        readFile(data.resolve("progress.db"));
        // A newcomer still waiting for a frame from a killed server must not hold the benchmark up.
        System.exit(0);
    }

    private static String timeFirstFrame(SshClient client, int port, long connecting) {
        try {
            var newcomer = Session.open(client, port, "newcomer");
            if (newcomer.await(TITLE, FIRST_FRAME_WAIT)) {
                return String.format("%.2f s", seconds(connecting));
            }
        } catch (IOException | GeneralSecurityException | InterruptedException e) {
            return "failed: " + e;
        }
        return "none within " + FIRST_FRAME_WAIT.toSeconds() + " s";
    }

    private static void stopServer(long pid, String how) throws InterruptedException {
        var server = ProcessHandle.of(pid).orElseThrow();
        if (how.equals("term")) {
            server.destroy();
        } else {
            server.destroyForcibly();
        }
        var deadline = System.nanoTime() + EXIT_WAIT.toNanos();
        while (server.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (server.isAlive()) {
            System.out.printf("server still running %d s after the signal: killed%n", EXIT_WAIT.toSeconds());
            server.destroyForcibly();
        }
    }

    private static void readFile(Path file) throws SQLException, IOException {
        long bytes = 0;
        for (var suffix : new String[] {"", "-wal"}) {
            var part = Path.of(file + suffix);
            bytes += Files.exists(part) ? Files.size(part) : 0;
        }
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                var statement = connection.createStatement()) {
            var rows = statement.executeQuery("SELECT count(*), sum(kind = 'visited'),"
                    + " sum(kind = 'answered' AND correct = 1) FROM event");
            rows.next();
            System.out.printf("progress file: %d rows (%d visits), %.1f MiB with its WAL%n", rows.getLong(1),
                    rows.getLong(2), bytes / 1048576.0);
            System.out.printf("right answer in the file: %s%n", rows.getLong(3) > 0 ? "yes" : "NO (lost)");
        }
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }

    /** One learner's connection and tutor session; what the server sends is kept to look for text in. */
    private static final class Session extends OutputStream {
        private final ChannelShell shell;
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private volatile long sent;

        private Session(ChannelShell shell) {
            this.shell = shell;
        }

        static Session open(SshClient client, int port, String name) throws IOException, GeneralSecurityException {
            ClientSession session = client.connect(name, "127.0.0.1", port).verify(Duration.ofSeconds(30))
                    .getSession();
            session.addPublicKeyIdentity(KeyUtils.generateKeyPair("ssh-ed25519", 256));
            session.auth().verify(Duration.ofSeconds(30));
            var pty = new PtyChannelConfiguration();
            pty.setPtyType("xterm-256color");
            pty.setPtyColumns(80);
            pty.setPtyLines(24);
            var shell = session.createShellChannel(pty, Map.of("LANG", "C.UTF-8"));
            var learner = new Session(shell);
            shell.setOut(learner);
            shell.setErr(learner);
            shell.open().verify(Duration.ofSeconds(30));
            return learner;
        }

        void type(String keys) throws IOException {
            var in = shell.getInvertedIn();
            in.write(keys.getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        /** Sends {@code bytes} of alternating next and previous keys in 16 KiB pastes. */
        void paste(int bytes) {
            var chunk = "np".repeat(8 * 1024);
            try {
                while (sent < bytes) {
                    type(chunk);
                    sent += chunk.length();
                }
            } catch (IOException e) {
                System.out.println("flood stopped: " + e);
            }
        }

        /** Waits until the server has sent anything since the last wait. */
        void awaitFrame(Duration limit) throws InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            while (System.nanoTime() < deadline) {
                synchronized (this) {
                    if (received.size() > 0) {
                        received.reset();
                        return;
                    }
                }
                Thread.sleep(5);
            }
        }

        /** Waits until the server has sent {@code text} since the last wait; false if it did not within {@code limit}. */
        boolean await(String text, Duration limit) throws InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            while (System.nanoTime() < deadline) {
                synchronized (this) {
                    if (received.toString(StandardCharsets.UTF_8).contains(text)) {
                        received.reset();
                        return true;
                    }
                }
                Thread.sleep(5);
            }
            return false;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] buffer, int offset, int length) {
            // Only the latest screenful matters for finding text; a flooder's session sends megabytes.
            if (received.size() > 1 << 20) {
                received.reset();
            }
            received.write(buffer, offset, length);
        }
    }

    /** Samples the server's open descriptors every 100 ms, keeping the most seen; VmHWM is the kernel's own peak. */
    private static final class Peak extends Thread {
        private final long pid;
        private volatile int maxFds;

        Peak(long pid) {
            this.pid = pid;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                sample();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void sample() {
            maxFds = Math.max(maxFds, fds());
        }

        int fds() {
            var list = Path.of("/proc/" + pid + "/fd").toFile().list();
            return list == null ? -1 : list.length;
        }

        long hwmKib() throws IOException {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst().orElse(-1);
        }
    }
}
