package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A teacher rebuilds nudge while a learner's tutor runs: the running tutor goes on answering keys, because it runs from
 * a copy of the jar that no build writes.
 */
class RebuildIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    /** No class-data archive is made in the background, which could still be writing when the folder is removed. */
    private static final String NO_ARCHIVE = "never";

    @TempDir
    Path temp;

    /** The launcher, the course and a built jar in a folder of their own, so its jar can be broken safely. */
    private Path projectCopy() throws IOException {
        var copy = Files.createDirectories(temp.resolve("project"));
        Files.copy(PROJECT.resolve("nudge"), copy.resolve("nudge"), StandardCopyOption.COPY_ATTRIBUTES);
        var old = FileTime.from(Instant.now().minusSeconds(60));
        Files.setLastModifiedTime(Files.copy(PROJECT.resolve("pom.xml"), copy.resolve("pom.xml")), old);
        var source = Files.writeString(Files.createDirectories(copy.resolve("src/main/java")).resolve("Example.java"),
                "class Example {}");
        Files.setLastModifiedTime(source, old);
        Files.setLastModifiedTime(copy.resolve("src/main/java"), old);
        try (var files = Files.walk(PROJECT.resolve("lessons"))) {
            for (var file : files.sorted(Comparator.naturalOrder()).toList()) {
                var target = copy.resolve(PROJECT.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Files.copy(PROJECT.resolve("target/nudge.jar"), Files.createDirectories(copy.resolve("target")).resolve("nudge.jar"));
        Files.writeString(copy.resolve("target/.build-complete"), "");
        return copy;
    }

    private static String version(Path project) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(project.resolve("nudge").toString(), "--version").redirectErrorStream(true);
        builder.environment().put("NUDGE_ARCHIVE", NO_ARCHIVE);
        var process = builder.start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void aJarRewrittenUnderTheRunningTutorDoesNotStopIt() throws Exception {
        var project = projectCopy();
        var jar = project.resolve("target/nudge.jar");
        try (var tmux = Tmux.start(80, 24, project, "LANG=C.UTF-8", "NUDGE_ARCHIVE=" + NO_ARCHIVE)) {
            tmux.typeLine("./nudge; echo \"EXIT=$?\"");
            tmux.awaitText("Start the course");
            tmux.press("Enter");
            tmux.awaitText("Lesson 1/");

            // A build rewrites the jar where it is: half-way, it holds anything but the classes the tutor still needs.
            var built = Files.readAllBytes(jar);
            Files.write(jar, new byte[built.length / 2], StandardOpenOption.TRUNCATE_EXISTING);
            tmux.type("t");
            tmux.awaitText("Contents");
            tmux.press("Escape");
            tmux.awaitScreen(screen -> !screen.contains("Contents"), "the contents closed");
            tmux.type("?");
            tmux.awaitText("Open or close this help");
            tmux.press("Escape");
            tmux.awaitScreen(screen -> !screen.contains("Open or close this help"), "the help closed");

            // The build finishes and marks the jar whole, and the next start runs the new jar from a copy of its own.
            var running = Files.readString(project.resolve("target/run/current")).strip();
            Files.write(jar, built, StandardOpenOption.TRUNCATE_EXISTING);
            var finished = FileTime.from(Instant.now().plusSeconds(5));
            Files.setLastModifiedTime(jar, finished);
            Files.setLastModifiedTime(project.resolve("target/.build-complete"), finished);
            assertThat(version(project)).startsWith("nudge ");
            var next = Files.readString(project.resolve("target/run/current")).strip();
            assertThat(next).isNotEqualTo(running);
            assertThat(project.resolve("target/run").resolve(running)).as("the running tutor's copy is kept").exists();

            tmux.press("Enter");
            tmux.awaitText("■■□□ 2/4");
            tmux.type("q");
            tmux.assertTerminalGivenBack("0");
        }
    }
}
