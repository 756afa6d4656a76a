import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.common.channel.PtyChannelConfiguration;
import org.apache.sshd.common.config.keys.KeyUtils;

/**
 * The expensive-answer attack on `nudge serve`, on loopback: one session goes to the course's first expression
 * quiz (lesson 4, "Expand it"), types an answer whose expansion explodes ANSWERS times as fast as the connection
 * takes it, and disconnects. Then it watches the server: the processor time it spends after the disconnect, how long
 * until its log says the session ended (the seat is free), and its peak resident memory. It gives up watching after
 * WATCH_SECONDS, so it ends by itself even against a server that never frees the seat.
 *
 * Usage: java -cp target/nudge.jar bench/ExpensiveAnswers.java PORT SERVER_PID SERVER_LOG [ANSWERS] [WATCH_SECONDS]
 */
public final class ExpensiveAnswers {
    private static final String ANSWER = "((P_1+1)^100)^100";
    private static final byte CTRL_U = 0x15;
    private static final byte ENTER = '\r';

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long server = Long.parseLong(args[1]);
        var log = Path.of(args[2]);
        int answers = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        var watch = Duration.ofSeconds(args.length > 4 ? Long.parseLong(args[4]) : 170);

        var client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        var session = client.connect("attacker", "127.0.0.1", port).verify(Duration.ofSeconds(30)).getSession();
        session.addPublicKeyIdentity(KeyUtils.generateKeyPair("ssh-ed25519", 256));
        session.auth().verify(Duration.ofSeconds(30));
        var pty = new PtyChannelConfiguration();
        pty.setPtyType("xterm-256color");
        pty.setPtyColumns(80);
        pty.setPtyLines(24);
        var shell = session.createShellChannel(pty, Map.of("LANG", "C.UTF-8"));
        var screen = new Screen();
        shell.setOut(screen);
        shell.setErr(screen);
        shell.open().verify(Duration.ofSeconds(30));

        // start page -> the course; contents; lesson 4; its second step is the expression quiz, typing at once
        screen.await("Enter", Duration.ofSeconds(20));
        send(shell, "\r");
        Thread.sleep(300);
        send(shell, "t");
        Thread.sleep(300);
        send(shell, "4");
        screen.await("Turn it around", Duration.ofSeconds(20));
        send(shell, "n");
        screen.await("Expand it", Duration.ofSeconds(20));
        System.out.printf("at the quiz \"Expand it\"; typing %s %d times%n", ANSWER, answers);

        var one = new java.io.ByteArrayOutputStream();
        one.write(CTRL_U);
        one.write(ANSWER.getBytes(StandardCharsets.US_ASCII));
        one.write(ENTER);
        var in = shell.getInvertedIn();
        for (int i = 0; i < answers; i++) {
            in.write(one.toByteArray());
        }
        in.flush();
        long sent = System.nanoTime();
        String verdict = screen.awaitAny(Duration.ofSeconds(10), "too large", "cannot be checked");
        System.out.printf("all sent; first verdict on screen after %.2f s: \"%s\"%n",
                (System.nanoTime() - sent) / 1e9, verdict);
        Thread.sleep(500);
        long cpuAtDisconnect = cpuNanos(server);
        long disconnected = System.nanoTime();
        shell.close(true);
        session.close(true);
        client.stop();
        System.out.println("disconnected");

        double freedAfter = -1;
        while (System.nanoTime() - disconnected < watch.toNanos()) {
            if (Files.readString(log).contains("session 1 ended")) {
                freedAfter = (System.nanoTime() - disconnected) / 1e9;
                break;
            }
            Thread.sleep(50);
        }
        double watched = (System.nanoTime() - disconnected) / 1e9;
        Thread.sleep(1000);
        double cpuAfter = (cpuNanos(server) - cpuAtDisconnect) / 1e9;
        System.out.printf("seat_freed_after_s=%s%n", freedAfter < 0 ? "never (gave up after " + Math.round(watched)
                + " s)" : String.format("%.2f", freedAfter));
        System.out.printf("server_cpu_after_disconnect_s=%.2f (measured %.0f s after the disconnect)%n", cpuAfter,
                watched + 1);
        System.out.printf("server_peak_rss_mib=%.1f%n", peakRssKib(server) / 1024.0);
    }

    private static void send(ChannelShell shell, String keys) throws IOException {
        shell.getInvertedIn().write(keys.getBytes(StandardCharsets.UTF_8));
        shell.getInvertedIn().flush();
    }

    /** The server's user plus system processor time, from /proc (clock ticks are 1/100 s on Linux). */
    private static long cpuNanos(long pid) throws IOException {
        var fields = Files.readString(Path.of("/proc/" + pid + "/stat")).split("\\) ")[1].split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
    }

    private static long peakRssKib(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(line -> line.startsWith("VmHWM:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst().orElse(-1);
    }

    /** What the session shows, kept as text (escape sequences and all) to wait for a word to appear. */
    private static final class Screen extends OutputStream {
        private final StringBuilder seen = new StringBuilder();

        @Override
        public synchronized void write(int b) {
            seen.append((char) b);
            notifyAll();
        }

        @Override
        public synchronized void write(byte[] buffer, int offset, int length) {
            seen.append(new String(buffer, offset, length, StandardCharsets.UTF_8));
            notifyAll();
        }

        /** The first of {@code texts} that the session shows within {@code limit}, or "none". */
        synchronized String awaitAny(Duration limit, String... texts) throws InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            while (System.nanoTime() < deadline) {
                for (var text : texts) {
                    if (seen.indexOf(text) >= 0) {
                        return text;
                    }
                }
                wait(50);
            }
            return "none";
        }

        synchronized void await(String text, Duration limit) throws InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            while (seen.indexOf(text) < 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("the session never showed \"" + text + "\"; it showed: "
                            + seen.toString().replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", " ").replaceAll("\\s+", " "));
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }
    }
}
