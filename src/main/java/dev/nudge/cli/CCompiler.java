package dev.nudge.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The C compiler on this machine ({@code cc}, else {@code gcc}), which proves that a lesson's program compiles as the
 * learner will compile it: C99, every warning an error, in a folder of its own that is removed afterwards, and never
 * longer than {@link #TIME_LIMIT}.
 */
final class CCompiler {
    /** Far more than a program of a lesson takes (about 0.1 s); a compiler that hangs must not hang the checker. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(20);
    private static final List<String> NAMES = List.of("cc", "gcc");
    private static final List<String> FLAGS = List.of("-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic");

    private final Path executable;

    private CCompiler(Path executable) {
        this.executable = executable;
    }

    /** The first of {@code cc} and {@code gcc} on the {@code PATH}, if either is there. */
    static Optional<CCompiler> onPath() {
        var path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (var name : NAMES) {
            for (var folder : path.split(java.io.File.pathSeparator)) {
                if (folder.isEmpty()) {
                    continue;
                }
                var candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(new CCompiler(candidate));
                }
            }
        }
        return Optional.empty();
    }

    /** What the compiler said about {@code source}, saved as {@code fileName}, if it failed; empty if it compiled. */
    Optional<String> problems(String fileName, String source) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("nudge-program");
            var file = folder.resolve(fileName);
            Files.writeString(file, source, StandardCharsets.UTF_8);
            var command = new java.util.ArrayList<String>();
            command.add(executable.toString());
            command.addAll(FLAGS);
            command.addAll(List.of("-o", folder.resolve("program").toString(), file.toString()));
            // The compiler's words go to a file, not a pipe: a compiler that hangs cannot hold the wait past its limit.
            var output = folder.resolve("compiler.txt");
            var process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(devNull())).start();
            if (!process.waitFor(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                return Optional.of(name() + " took longer than " + TIME_LIMIT.toSeconds() + " s");
            }
            var said = Files.readString(output, StandardCharsets.UTF_8).strip();
            return process.exitValue() == 0 ? Optional.empty()
                    : Optional.of(said.isEmpty() ? name() + " failed" : said);
        } catch (IOException e) {
            return Optional.of("could not run " + executable + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while compiling");
        } finally {
            removeAll(folder);
        }
    }

    private static java.io.File devNull() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** The compiler's name, as a message shows it. */
    String name() {
        return executable.getFileName().toString();
    }

    private static void removeAll(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
