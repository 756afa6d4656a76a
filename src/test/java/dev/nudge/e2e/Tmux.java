package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;

/**
 * A real terminal for end-to-end tests: a detached tmux session on a private server, driven as a person would, with
 * {@code send-keys}, and read with {@code capture-pane}. Under {@code CI=true} a missing tmux fails the test; elsewhere
 * the test is skipped with a message.
 */
final class Tmux implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String PANE = "main";

    private final String socket = "nudge-test-" + UUID.randomUUID();
    private final Path data;

    private Tmux() {
        try {
            data = Files.createTempDirectory("nudge-e2e-data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A session running a plain {@code sh} with prompt {@code "$ "} in {@code directory}, whose progress is kept in a
     * fresh folder of its own ({@link #data()}), so that no test sees another's progress or the developer's.
     */
    static Tmux start(int columns, int rows, Path directory, String... environment) {
        requireTmux();
        var tmux = new Tmux();
        var command = new ArrayList<>(List.of("new-session", "-d", "-s", PANE, "-x", String.valueOf(columns),
                "-y", String.valueOf(rows), "-c", directory.toString()));
        command.add(String.join(" ", "env", "PS1='$ '", "NUDGE_DATA='" + tmux.data + "'",
                String.join(" ", environment), "sh"));
        tmux.run(command.toArray(new String[0]));
        return tmux;
    }

    private static void requireTmux() {
        boolean found;
        try {
            found = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            found = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            found = false;
        }
        if (!found && "true".equals(System.getenv("CI"))) {
            fail("tmux is needed for the end-to-end tests and CI=true, but tmux is not installed");
        }
        Assumptions.assumeTrue(found, "skipped: tmux is not installed (apt-get install tmux to run the end-to-end tests)");
    }

    /** Types {@code text} literally, as if on a keyboard; {@code --} so that text such as {@code -2} is no flag. */
    void type(String text) {
        run("send-keys", "-t", PANE, "-l", "--", text);
    }

    /** Presses named keys, such as {@code Enter}, {@code Escape} or {@code C-c}. */
    void press(String... keys) {
        var command = new ArrayList<>(List.of("send-keys", "-t", PANE));
        command.addAll(List.of(keys));
        run(command.toArray(new String[0]));
    }

    void typeLine(String line) {
        type(line);
        press("Enter");
    }

    String screen() {
        return run("capture-pane", "-p", "-t", PANE);
    }

    /** A tmux format for the pane, such as {@code #{alternate_on}} or {@code #{cursor_flag}}. */
    String format(String format) {
        return run("display-message", "-p", "-t", PANE, format).strip();
    }

    /** Copies everything the pane's programs write from now on into {@code file}, byte for byte. */
    void recordOutput(Path file) {
        run("pipe-pane", "-t", PANE, "-o", "cat > '" + file + "'");
    }

    void resize(int columns, int rows) {
        run("resize-window", "-t", PANE, "-x", String.valueOf(columns), "-y", String.valueOf(rows));
    }

    long shellPid() {
        return Long.parseLong(format("#{pane_pid}"));
    }

    /** The program the shell is running, such as the tutor or an ssh client. */
    long programPid() throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        Optional<ProcessHandle> child = Optional.empty();
        while (child.isEmpty() && System.nanoTime() < deadline) {
            child = ProcessHandle.of(shellPid()).flatMap(shell -> shell.children().findFirst());
            Thread.sleep(20);
        }
        return child.orElseThrow(() -> new AssertionError("the program in the terminal was not found")).pid();
    }

    /**
     * Asserts what a person sees after the tutor ends (the shell printed {@code EXIT=code}): the main screen, a
     * cursor, echo and line mode.
     */
    void assertTerminalGivenBack(String exitCode) throws InterruptedException {
        var screen = awaitText("EXIT=" + exitCode);
        assertThat(screen).doesNotContain("Understanding Neural Networks");
        assertThat(format("#{alternate_on}")).as("alternate screen").isEqualTo("0");
        assertThat(format("#{cursor_flag}")).as("cursor visible").isEqualTo("1");
        typeLine("stty -a | tr ' ;' '\\n\\n' | grep -x -e echo -e -echo -e icanon -e -icanon | sort | tr '\\n' ' '"
                + "; echo MODE-$((6*7))");
        var modes = awaitScreen(s -> s.contains("MODE-42"), "the terminal modes");
        assertThat(modes).as("echo and line mode are back").contains("\necho icanon MODE-42");
    }

    String awaitScreen(Predicate<String> condition, String description) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        var last = screen();
        while (!condition.test(last)) {
            if (System.nanoTime() > deadline) {
                fail("the terminal never showed " + description + "; it shows:\n" + last);
            }
            Thread.sleep(20);
            last = screen();
        }
        return last;
    }

    String awaitText(String text) throws InterruptedException {
        return awaitScreen(screen -> screen.contains(text), "\"" + text + "\"");
    }

    /** The folder the session's nudge keeps progress in. */
    Path data() {
        return data;
    }

    @Override
    public void close() {
        try {
            new ProcessBuilder("tmux", "-L", socket, "kill-server").start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // the server is gone already
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteData();
    }

    private void deleteData() {
        try (var files = Files.walk(data)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary folder left behind does no harm
        }
    }

    private String run(String... arguments) {
        var command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(arguments));
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                fail("tmux " + String.join(" ", arguments) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            return fail("could not run tmux: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while running tmux");
        }
    }
}
