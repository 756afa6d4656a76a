package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** {@code ./nudge serve} running as its own process on a free loopback port, with its output kept line by line. */
final class ServeProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final OutputLines lines;

    private ServeProcess(Process process) {
        this.process = process;
        this.lines = OutputLines.of(process, "nudge serve");
    }

    static ServeProcess start(Path project, String... options) throws IOException {
        var command = new ArrayList<>(List.of(project.resolve("nudge").toString(), "serve", "--bind", "127.0.0.1",
                "--port", "0"));
        command.addAll(List.of(options));
        return new ServeProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    int port() throws InterruptedException {
        var matcher = LISTENING.matcher(awaitLine(line -> LISTENING.matcher(line).find(), "the port"));
        matcher.find();
        return Integer.parseInt(matcher.group(1));
    }

    String awaitLine(Predicate<String> condition, String description) throws InterruptedException {
        return lines.awaitLine(condition, description);
    }

    String awaitLine(String text) throws InterruptedException {
        return lines.awaitLine(text);
    }

    String output() {
        return lines.text();
    }

    /** Sends SIGKILL, as a machine that dies or an out-of-memory killer does: nothing is shut down or saved. */
    void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        if (!process.waitFor(Tmux.TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            fail("nudge serve did not end after SIGKILL; it printed:\n" + output());
        }
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
