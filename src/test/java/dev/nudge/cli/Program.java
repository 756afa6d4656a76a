package dev.nudge.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A program from the system that a test runs to check a file as the real tool reads it (HAProxy, systemd), found on
 * the {@code PATH} or in the system's {@code sbin} folders, where Debian puts daemons.
 */
final class Program {
    private static final List<Path> SBIN = List.of(Path.of("/usr/sbin"), Path.of("/sbin"));

    /** What a run printed (standard output and error together) and how it exited. */
    record Result(int exitCode, String output) {
    }

    private Program() {
    }

    /** The program called {@code name}, if this machine has it. */
    static Optional<Path> find(String name) {
        var folders = new ArrayList<Path>();
        for (var entry : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!entry.isEmpty()) {
                folders.add(Path.of(entry));
            }
        }
        folders.addAll(SBIN);
        return folders.stream().map(folder -> folder.resolve(name)).filter(Files::isExecutable).findFirst();
    }

    /**
     * The program called {@code name}, which the test needs: under {@code CI=true} (where {@code .ci/run} installs it)
     * a missing one fails the test, elsewhere the test is skipped, saying which package to install.
     */
    static Path needed(String name, String debianPackage) {
        var found = find(name);
        if (found.isEmpty()) {
            var why = name + " from Debian's " + debianPackage + " package is needed";
            if ("true".equals(System.getenv("CI"))) {
                fail(why + " and CI=true, but it is missing");
            }
            Assumptions.abort(why + "; install it to run this test");
        }
        return found.get();
    }

    /** Runs {@code command} to its end (at most a minute) and returns what it printed. */
    static Result run(List<String> command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish within a minute; it printed:\n" + output);
        }
        return new Result(process.exitValue(), output);
    }
}
