package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** {@code ./nudge serve} running as its own process on a free loopback port, with its output kept line by line. */
final class ServeProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private ServeProcess(Process process) {
        this.process = process;
        var reader = new Thread(this::collect, "serve-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ServeProcess start(Path project, String... options) throws IOException {
        var command = new ArrayList<>(List.of(project.resolve("nudge").toString(), "serve", "--bind", "127.0.0.1",
                "--port", "0"));
        command.addAll(List.of(options));
        return new ServeProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    private void collect() {
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // The process ended.
        }
    }

    int port() throws InterruptedException {
        var matcher = LISTENING.matcher(awaitLine(line -> LISTENING.matcher(line).find(), "the port"));
        matcher.find();
        return Integer.parseInt(matcher.group(1));
    }

    String awaitLine(Predicate<String> condition, String description) throws InterruptedException {
        long deadline = System.nanoTime() + Tmux.TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (var line : lines) {
                if (condition.test(line)) {
                    return line;
                }
            }
            Thread.sleep(20);
        }
        return fail("nudge serve never printed " + description + "; it printed:\n" + String.join("\n", lines));
    }

    String awaitLine(String text) throws InterruptedException {
        return awaitLine(line -> line.contains(text), "\"" + text + "\"");
    }

    String output() {
        return String.join("\n", lines);
    }

    /**
     * Sends SIGTERM, as a service manager stopping the server does, and returns the exit code. It goes through the
     * process handle because {@code Process.destroy()} also closes the pipes, and the last lines would be lost.
     */
    int terminate() throws InterruptedException {
        process.toHandle().destroy();
        if (!process.waitFor(Tmux.TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            fail("nudge serve did not stop after SIGTERM; it printed:\n" + output());
        }
        return process.exitValue();
    }

    /** Waits for the process to end by itself, as it does when it cannot start, and returns its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(Tmux.TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            fail("nudge serve did not end by itself; it printed:\n" + output());
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
