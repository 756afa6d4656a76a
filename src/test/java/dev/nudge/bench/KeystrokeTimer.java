package dev.nudge.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.nudge.i18n.Language;
import dev.nudge.progress.Progress;
import dev.nudge.progress.ProgressSink;
import dev.nudge.step.registry.Kinds;
import dev.nudge.tui.runtime.Inbox;
import dev.nudge.tui.runtime.Settling;
import dev.nudge.tui.runtime.TutorLoop;
import dev.nudge.tui.terminal.Look;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.CourseBook;
import dev.nudge.tutor.TutorState;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * Time from a key arriving to its frame being flushed, in process: the real {@link TutorLoop} on a virtual 80x24
 * terminal walks the whole course ({@link CourseWalk}) a number of times; each key is handed over when the loop is
 * idle, and timed from the moment the loop's key reader receives it to the last flush before the loop is idle again.
 * Prints the median, p99 and maximum per kind of step. Usage: {@code KeystrokeTimer [WALKS]} (default 5, the first
 * one is warm-up and not counted).
 */
public final class KeystrokeTimer {
    private static final long IDLE_TIMEOUT_NANOS = 5_000_000_000L;
    private static final long POLL_NANOS = 100_000;

    private KeystrokeTimer() {
    }

    public static void main(String[] args) throws Exception {
        int walks = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        var folder = Path.of("lessons");
        var book = new CourseBook(Kinds.loadToTeach(folder).course().orElseThrow());
        var keys = CourseWalk.keys(folder, Language.EN);
        var times = new TreeMap<String, List<Long>>();
        for (int walk = 0; walk < walks; walk++) {
            var measured = walk(book, keys, walk);
            if (walk > 0) {
                measured.forEach((kind, list) -> times.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(list));
            }
        }
        System.out.printf("%-10s %6s %9s %9s %9s%n", "step kind", "keys", "median", "p99", "max");
        times.forEach((kind, list) -> print(kind, list));
        System.out.println();
        System.out.println("slowest keys:");
        slowest.stream().sorted(Comparator.comparingLong(Timed::nanos).reversed()).limit(SLOWEST_SHOWN)
                .forEach(timed -> System.out.printf("%7.2f ms  walk %d, key %d: %s on %s%s%n", ms(timed.nanos()),
                        timed.walk(), timed.index(), timed.key().key(), timed.key().where(),
                        timed.collections() > 0 ? " (a garbage collection ran meanwhile)" : ""));
    }

    /** A key's time, kept to show where the slowest ones were pressed. */
    private record Timed(long nanos, int walk, int index, WalkKey key, long collections) {
    }

    private static final int SLOWEST_SHOWN = 8;
    private static final List<Timed> slowest = new ArrayList<>();

    private static Map<String, List<Long>> walk(CourseBook book, List<WalkKey> keys, int walkNumber)
            throws Exception {
        var terminal = new TimedTerminal(new TerminalSize(80, 24));
        var handOver = new SynchronousQueue<KeyStroke>();
        var received = new long[1];
        var inbox = new Inbox();
        var settling = new Settling(inbox);
        var loop = new TutorLoop(terminal, () -> {
            var key = handOver.take();
            received[0] = System.nanoTime();
            return key;
        }, inbox, new ViewOptions(false, true), ProgressSink.NONE, settling);
        var runner = new Thread(() -> run(loop, book), "timed-tutor");
        runner.start();
        var times = new TreeMap<String, List<Long>>();
        long pressed = 0;
        awaitIdle(settling, pressed);
        for (int index = 0; index < keys.size(); index++) {
            var key = keys.get(index);
            long collectionsBefore = collections();
            handOver.put(stroke(key.key()));
            if (runner.isAlive() && !"q".equals(key.key())) {
                awaitIdle(settling, ++pressed);
                long nanos = terminal.lastFlush() - received[0];
                times.computeIfAbsent(key.kind(), k -> new ArrayList<>()).add(nanos);
                if (walkNumber > 0) {
                    slowest.add(new Timed(nanos, walkNumber, index, key, collections() - collectionsBefore));
                }
            }
        }
        runner.join();
        return times;
    }

    private static void run(TutorLoop loop, CourseBook book) {
        try {
            loop.run(TutorState.start(book, Language.EN, Progress.NONE));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitIdle(Settling loop, long keys) throws InterruptedException {
        long deadline = System.nanoTime() + IDLE_TIMEOUT_NANOS;
        while (!loop.settled(keys)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the tutor did not settle after key " + keys);
            }
            // Look again shortly, without spinning: a spinning thread would take a core from the tutor and its JIT.
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    private static KeyStroke stroke(String key) {
        return switch (key) {
            case "Enter" -> new KeyStroke(KeyType.Enter);
            case "Down" -> new KeyStroke(KeyType.ArrowDown);
            case "Up" -> new KeyStroke(KeyType.ArrowUp);
            default -> new KeyStroke(key.charAt(0), false, false);
        };
    }

    private static void print(String kind, List<Long> nanos) {
        var sorted = nanos.stream().sorted().toList();
        System.out.printf("%-10s %6d %7.2f ms %7.2f ms %7.2f ms%n", kind, sorted.size(), ms(percentile(sorted, 50)),
                ms(percentile(sorted, 99)), ms(sorted.get(sorted.size() - 1)));
    }

    /** How many garbage collections have run so far. */
    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
