package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * What a program started by a test prints, kept line by line as it comes (with when it came), so that the test can
 * wait for a line rather than sleep, time it, and show everything printed when the line never comes.
 */
final class OutputLines {
    private final String program;
    private final List<Line> lines = new CopyOnWriteArrayList<>();

    /** A line as printed, and the {@link System#nanoTime()} at which it was read. */
    private record Line(String text, long nanos) {}

    private OutputLines(String program) {
        this.program = program;
    }

    /** Starts reading {@code process}'s output (its standard error too, when redirected), named {@code program}. */
    static OutputLines of(Process process, String program) {
        var output = new OutputLines(program);
        var reader = new Thread(() -> output.collect(process), program + "-output");
        reader.setDaemon(true);
        reader.start();
        return output;
    }

    private void collect(Process process) {
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(new Line(line, System.nanoTime()));
            }
        } catch (IOException e) {
            // The process ended.
        }
    }

    /** The first line that meets {@code condition}, waiting up to {@link Tmux#TIMEOUT} for it. */
    String awaitLine(Predicate<String> condition, String description) throws InterruptedException {
        return await(condition, description).text();
    }

    /** When ({@link System#nanoTime()}) the first line that meets {@code condition} was read, waiting for it. */
    long awaitLineNanos(Predicate<String> condition, String description) throws InterruptedException {
        return await(condition, description).nanos();
    }

    private Line await(Predicate<String> condition, String description) throws InterruptedException {
        long deadline = System.nanoTime() + Tmux.TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (var line : lines) {
                if (condition.test(line.text())) {
                    return line;
                }
            }
            Thread.sleep(20);
        }
        return fail(program + " never printed " + description + "; it printed:\n" + text());
    }

    String awaitLine(String text) throws InterruptedException {
        return awaitLine(line -> line.contains(text), "\"" + text + "\"");
    }

    /** Everything printed so far. */
    String text() {
        return String.join("\n", lines.stream().map(Line::text).toList());
    }
}
