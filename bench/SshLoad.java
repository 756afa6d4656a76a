import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import dev.nudge.bench.LearnerPace;
import dev.nudge.bench.LearnerWalk;
import dev.nudge.i18n.Language;
import dev.nudge.step.registry.Kinds;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.channel.PtyChannelConfiguration;
import org.apache.sshd.common.config.keys.KeyUtils;

/**
 * Load generator for `nudge serve`: opens N tutor sessions on loopback, presses keys in each at a learner's pace, and
 * measures the time from sending a key to receiving the first bytes of the screen update it causes. It also samples
 * the server process (CPU time, threads, live heap after a full GC) through /proc, jcmd and jstat, and reports the
 * server's processor time per 1,000 keys, from which the capacity at another pace can be worked out.
 *
 * Two mixes of keys (the environment variable MIX):
 * - walk (the default): each session is a learner of their own (a key of their own, so progress of their own) who
 *   walks the real course as {@link LearnerWalk} does, from a lesson picked by their seed: reading, typed answers
 *   right and wrong, guesses and reveals, rate changes, hints, the lab. Only the keys that change the screen are timed
 *   (a space typed into a field shows nothing); the others are sent and counted, but not waited for.
 * - start: every session, under one shared key, stays on the start page: two different letters (each shows a new
 *   "does nothing here" notice), then '?' twice (opens, then closes the help panel); every key changes the screen.
 *
 * Two paces (the environment variable PACE), as {@link LearnerPace} has them:
 * - learner (the default for the walk): a person's pauses. Before the first key on a new step a reading pause of
 *   1 s plus 100-240 ms a word of its prose (at most 30 s); 0.8-3 s after a verdict, a hint or a stage of a reveal;
 *   0.6-2 s before the Enter that submits an answer; 120-400 ms between the keys of an answer being typed.
 * - fast (always for the start mix): every key 100-500 ms after the last, without a pause: the load of the first
 *   benchmarks, far above a class's.
 *
 * Usage: MIX=walk|start PACE=learner|fast LESSONS=lessons java -cp target/nudge.jar:target/test-classes
 * bench/SshLoad.java PORT SERVER_PID SESSIONS SECONDS   (LESSONS: the course the server teaches, for the walk)
 */
public final class SshLoad {
    private static final String LETTERS = "abcdefghijklmnoprstuvwxyz";
    private static final Duration WARM_UP = Duration.ofSeconds(10);

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long serverPid = Long.parseLong(args[1]);
        int sessions = Integer.parseInt(args[2]);
        var measured = Duration.ofSeconds(Long.parseLong(args[3]));

        var baselineHeap = liveHeapBytes(serverPid);
        var client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        var mix = System.getenv().getOrDefault("MIX", "walk");
        var keyboards = keyboards(mix);
        var shared = KeyUtils.generateKeyPair("ssh-ed25519", 256);
        var learners = new ArrayList<Learner>();
        for (int i = 0; i < sessions; i++) {
            var key = mix.equals("start") ? shared : KeyUtils.generateKeyPair("ssh-ed25519", 256);
            var learner = KeyUtils.getFingerPrint(key.getPublic());
            learners.add(Learner.connect(client, port, key, keyboards.keyboard(learner, i), i));
        }
        System.out.printf("%d sessions open, mix %s%n", sessions, mix);

        var keyboard = Executors.newScheduledThreadPool(4);
        learners.forEach(learner -> learner.startTyping(keyboard));
        Thread.sleep(WARM_UP.toMillis());
        learners.forEach(Learner::reset);
        long cpuBefore = cpuNanos(serverPid);
        long ownBefore = ownCpuNanos();
        long wallBefore = System.nanoTime();
        Thread.sleep(measured.toMillis());
        long cpu = cpuNanos(serverPid) - cpuBefore;
        long own = ownCpuNanos() - ownBefore;
        long wall = System.nanoTime() - wallBefore;
        keyboard.shutdownNow();
        keyboard.awaitTermination(5, TimeUnit.SECONDS);
        int threads = threads(serverPid);
        long heap = liveHeapBytes(serverPid);

        report(sessions, learners, cpu, wall, threads, heap, baselineHeap);
        System.out.printf("load_generator_cpu=%.0f%% (of one core)%n", 100.0 * own / wall);
        for (var learner : learners) {
            learner.close();
        }
        client.stop();
    }

    /** A learner's keys, one after another. */
    interface Keyboard {
        /** The next key to press; {@code timed} says whether the screen answers it. */
        byte[] next();

        boolean timed();

        /** The milliseconds to wait before pressing the key {@link #next} returned last. */
        long pauseMillis();
    }

    /** Makes the keyboard of learner {@code index}, known to the server as {@code learner}. */
    interface Keyboards {
        Keyboard keyboard(String learner, int index);
    }

    private static Keyboards keyboards(String mix) {
        if (mix.equals("start")) {
            return (learner, index) -> new StartPage(LearnerPace.fast(index));
        }
        if (!mix.equals("walk")) {
            throw new IllegalArgumentException("MIX is " + mix + "; it must be walk or start");
        }
        var folder = Path.of(System.getenv().getOrDefault("LESSONS", "lessons"));
        var course = Kinds.load(folder).course().orElseThrow(
                () -> new IllegalArgumentException("no course loads from " + folder + " (set LESSONS)"));
        var walked = new LearnerWalk.Course(course.lessons(Language.EN));
        var pace = System.getenv().getOrDefault("PACE", "learner");
        LearnerPace.named(pace, 0); // a PACE that does not exist stops the run before any session opens
        return (learner, index) -> new Walking(new LearnerWalk(walked, learner, index),
                LearnerPace.named(pace, index));
    }

    /** The start mix: two different letters, then '?' to open the help and '?' to close it. */
    private static final class StartPage implements Keyboard {
        private final LearnerPace pace;
        private int step;

        StartPage(LearnerPace pace) {
            this.pace = pace;
        }

        @Override
        public byte[] next() {
            int phase = step++ % 4;
            return new byte[] {(byte) (phase < 2 ? LETTERS.charAt((step * 7 + phase) % LETTERS.length()) : '?')};
        }

        @Override
        public boolean timed() {
            return true;
        }

        @Override
        public long pauseMillis() {
            return pace.millisBefore(null);
        }
    }

    /** The walking mix: the keys of a {@link LearnerWalk}, timed when they change the screen. */
    private static final class Walking implements Keyboard {
        private final LearnerWalk walk;
        private final LearnerPace pace;
        private LearnerWalk.Press press;

        Walking(LearnerWalk walk, LearnerPace pace) {
            this.walk = walk;
            this.pace = pace;
        }

        @Override
        public long pauseMillis() {
            return pace.millisBefore(press);
        }

        @Override
        public byte[] next() {
            press = walk.next();
            return press.bytes();
        }

        @Override
        public boolean timed() {
            return press.changesScreen();
        }
    }

    private static void report(int sessions, List<Learner> learners, long cpu, long wall, int threads, long heap,
            long baselineHeap) {
        var latencies = learners.stream().flatMapToLong(l -> Arrays.stream(l.latencies())).sorted().toArray();
        long keys = learners.stream().mapToLong(Learner::keysAnswered).sum();
        long bytes = learners.stream().mapToLong(Learner::bytes).sum();
        long lost = learners.stream().mapToLong(Learner::unanswered).sum();
        long sent = learners.stream().mapToLong(Learner::sent).sum();
        System.out.printf("sessions=%d keys=%d unanswered=%d sent=%d keys_per_s_per_session=%.2f%n", sessions, keys,
                lost, sent, sent / (wall / 1e9) / sessions);
        System.out.printf("latency_ms p50=%.2f p99=%.2f max=%.2f%n", percentile(latencies, 50),
                percentile(latencies, 99), latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6);
        System.out.printf("server_cpu=%.0f%% (of one core) threads=%d cpu_s_per_1000_keys=%.3f%n", 100.0 * cpu / wall,
                threads, sent == 0 ? 0 : cpu / 1e9 / (sent / 1000.0));
        System.out.printf("server_heap_live=%.1f MiB baseline=%.1f MiB per_session=%.1f KiB%n", heap / 1048576.0,
                baselineHeap / 1048576.0, (heap - baselineHeap) / 1024.0 / sessions);
        System.out.printf("bytes_per_key=%.0f%n", keys == 0 ? 0 : (double) bytes / keys);
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** This load generator's own CPU time: on a busy machine it competes with the server it measures. */
    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The server's user plus system CPU time, from /proc (clock ticks are 1/100 s on Linux). */
    private static long cpuNanos(long pid) throws IOException {
        var fields = Files.readString(Path.of("/proc/" + pid + "/stat")).split("\\) ")[1].split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 10_000_000L;
    }

    private static int threads(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(line -> line.startsWith("Threads:"))
                .mapToInt(line -> Integer.parseInt(line.substring(8).strip()))
                .findFirst().orElse(-1);
    }

    /** Heap in use right after a full collection: what the server keeps alive. */
    private static long liveHeapBytes(long pid) throws IOException, InterruptedException {
        run("jcmd", String.valueOf(pid), "GC.run");
        var lines = run("jstat", "-gc", String.valueOf(pid)).strip().split("\n");
        var names = lines[0].strip().split("\\s+");
        var values = lines[1].strip().split("\\s+");
        double kib = 0;
        for (int i = 0; i < names.length; i++) {
            if (List.of("S0U", "S1U", "EU", "OU").contains(names[i])) {
                kib += Double.parseDouble(values[i]);
            }
        }
        return (long) (kib * 1024);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    /** One simulated learner: a session, its keyboard and its stopwatch. */
    private static final class Learner extends OutputStream {
        private final ClientSession session;
        private final ChannelShell shell;
        private final Keyboard keys;
        private final AtomicLong sentAt = new AtomicLong();
        private final List<Long> latencies = new ArrayList<>();
        private long bytes;
        private long unanswered;
        private long sent;

        private Learner(ClientSession session, ChannelShell shell, Keyboard keyboard) {
            this.session = session;
            this.shell = shell;
            this.keys = keyboard;
        }

        static Learner connect(SshClient client, int port, KeyPair key, Keyboard keyboard, int index)
                throws IOException {
            var session = client.connect("learner" + index, "127.0.0.1", port).verify(Duration.ofSeconds(30))
                    .getSession();
            session.addPublicKeyIdentity(key);
            session.auth().verify(Duration.ofSeconds(30));
            var pty = new PtyChannelConfiguration();
            pty.setPtyType("xterm-256color");
            pty.setPtyColumns(80);
            pty.setPtyLines(24);
            var shell = session.createShellChannel(pty, Map.of("LANG", "C.UTF-8"));
            var learner = new Learner(session, shell, keyboard);
            shell.setOut(learner);
            shell.setErr(learner);
            shell.open().verify(Duration.ofSeconds(30));
            return learner;
        }

        void startTyping(ScheduledExecutorService keyboard) {
            var key = keys.next();
            boolean timed = keys.timed();
            keyboard.schedule(() -> press(keyboard, key, timed), keys.pauseMillis(), TimeUnit.MILLISECONDS);
        }

        private void press(ScheduledExecutorService keyboard, byte[] key, boolean timed) {
            try {
                synchronized (this) {
                    sent++;
                    if (timed) {
                        if (sentAt.get() != 0) {
                            unanswered++;
                        }
                        sentAt.set(System.nanoTime());
                    }
                }
                var in = shell.getInvertedIn();
                in.write(key);
                in.flush();
                startTyping(keyboard);
            } catch (IOException e) {
                System.err.println("a session failed: " + e);
            }
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] buffer, int offset, int length) {
            bytes += length;
            long sent = sentAt.getAndSet(0);
            if (sent != 0) {
                latencies.add(System.nanoTime() - sent);
            }
        }

        synchronized void reset() {
            latencies.clear();
            bytes = 0;
            unanswered = 0;
            sent = 0;
        }

        synchronized long[] latencies() {
            return latencies.stream().mapToLong(Long::longValue).toArray();
        }

        synchronized long keysAnswered() {
            return latencies.size();
        }

        synchronized long bytes() {
            return bytes;
        }

        synchronized long unanswered() {
            return unanswered;
        }

        synchronized long sent() {
            return sent;
        }

        @Override
        public void close() throws IOException {
            shell.close(true);
            session.close(true);
        }
    }
}
