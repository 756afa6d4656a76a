package dev.nudge.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.nudge.i18n.Language;
import dev.nudge.lesson.CourseLoader;
import dev.nudge.progress.Progress;
import dev.nudge.progress.ProgressSink;
import dev.nudge.tui.TutorLoop;
import dev.nudge.tui.ViewOptions;
import dev.nudge.tutor.CourseBook;
import dev.nudge.tutor.TutorState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.SynchronousQueue;

/**
 * Time from a key arriving to its frame being flushed, in process: the real {@link TutorLoop} on a virtual 80x24
 * terminal walks the whole course ({@link CourseWalk}) a number of times; each key is handed over when the loop is
 * idle, and timed from the moment the loop's key reader receives it to the last flush before the loop is idle again.
 * Prints the median, p99 and maximum per kind of step. Usage: {@code KeystrokeTimer [WALKS]} (default 5, the first
 * one is warm-up and not counted).
 */
public final class KeystrokeTimer {
    private static final long IDLE_TIMEOUT_NANOS = 5_000_000_000L;

    private KeystrokeTimer() {
    }

    public static void main(String[] args) throws Exception {
        int walks = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        var folder = Path.of("lessons");
        var book = new CourseBook(CourseLoader.loadToTeach(folder).course().orElseThrow());
        var keys = CourseWalk.keys(folder, Language.EN);
        var times = new TreeMap<String, List<Long>>();
        for (int walk = 0; walk < walks; walk++) {
            var measured = walk(book, keys);
            if (walk > 0) {
                measured.forEach((kind, list) -> times.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(list));
            }
        }
        System.out.printf("%-10s %6s %9s %9s %9s%n", "step kind", "keys", "median", "p99", "max");
        times.forEach((kind, list) -> print(kind, list));
    }

    private static Map<String, List<Long>> walk(CourseBook book, List<WalkKey> keys) throws Exception {
        var terminal = new TimedTerminal(new TerminalSize(80, 24));
        var handOver = new SynchronousQueue<KeyStroke>();
        var received = new long[1];
        var loop = new TutorLoop(terminal, () -> {
            var key = handOver.take();
            received[0] = System.nanoTime();
            return key;
        }, new ViewOptions(false, true), ProgressSink.recordingTo(event -> { }));
        var runner = new Thread(() -> run(loop, book), "timed-tutor");
        runner.start();
        var times = new TreeMap<String, List<Long>>();
        long pressed = 0;
        awaitIdle(loop, pressed);
        for (var key : keys) {
            handOver.put(stroke(key.key()));
            if (runner.isAlive() && !"q".equals(key.key())) {
                awaitIdle(loop, ++pressed);
                times.computeIfAbsent(key.kind(), k -> new ArrayList<>()).add(terminal.lastFlush() - received[0]);
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

    private static void awaitIdle(TutorLoop loop, long keys) throws InterruptedException {
        long deadline = System.nanoTime() + IDLE_TIMEOUT_NANOS;
        while (!loop.settled(keys)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the tutor did not settle after key " + keys);
            }
            Thread.onSpinWait();
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

    static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
