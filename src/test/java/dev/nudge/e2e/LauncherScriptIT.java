package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher script itself: finding Java and Maven, rebuilding when stale, and its messages. */
class LauncherScriptIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final List<String> SHELL_TOOLS = List.of("dirname", "ls", "sed", "head", "cut", "find", "mkdir", "cat", "cp",
            "mv", "rm");

    @TempDir
    Path temp;

    private record Result(int exitCode, String out, String err) {
    }

    /** A folder of the ordinary tools the launcher uses, without java or mvn. */
    private Path toolsWithout() throws IOException, InterruptedException {
        var bin = Files.createDirectories(temp.resolve("bin"));
        for (var tool : SHELL_TOOLS) {
            forward(bin, tool);
        }
        return bin;
    }

    /** A script in {@code bin} that runs the real {@code tool} (links out of a temporary folder make JUnit warn). */
    private static void forward(Path bin, String tool) throws IOException, InterruptedException {
        script(bin.resolve(tool), "exec '" + which(tool) + "' \"$@\"");
    }

    private static String which(String tool) throws IOException, InterruptedException {
        var process = new ProcessBuilder("sh", "-c", "command -v " + tool).start();
        var path = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor();
        return path;
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static Result run(Path launcher, Path workingDirectory, Path bin, String... args)
            throws IOException, InterruptedException {
        var command = new java.util.ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", bin.toString());
        builder.environment().put("LANG", "C.UTF-8");
        // No class-data archive is made in the background, which could still be writing when the folder is removed.
        builder.environment().put("NUDGE_ARCHIVE", "never");
        var process = builder.start();
        var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        var err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out, err);
    }

    /** A copy of the project's launcher with a built jar, to make stale or break without touching the real one. */
    private Path projectCopy(boolean withJar) throws IOException {
        var copy = Files.createDirectories(temp.resolve("project"));
        Files.copy(PROJECT.resolve("nudge"), copy.resolve("nudge"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(PROJECT.resolve("pom.xml"), copy.resolve("pom.xml"));
        Files.createDirectories(copy.resolve("src/main/java"));
        Files.writeString(copy.resolve("src/main/java/Example.java"), "class Example {}");
        if (withJar) {
            Files.createDirectories(copy.resolve("target"));
            Files.copy(PROJECT.resolve("target/nudge.jar"), copy.resolve("target/nudge.jar"));
            Files.writeString(copy.resolve("target/.build-complete"), "");
        }
        return copy;
    }

    @Test
    void runsFromAnyWorkingDirectory() throws IOException, InterruptedException {
        var result = run(PROJECT.resolve("nudge"), temp, Path.of(which("java")).getParent(), "--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("nudge ");
    }

    @Test
    void saysSoWhenJavaIsMissing() throws IOException, InterruptedException {
        var result = run(PROJECT.resolve("nudge"), temp, toolsWithout(), "--version");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("nudge: Java 17 or newer is needed, but no 'java' command was found.")
                .doesNotContain("Exception");
    }

    @Test
    void saysSoWhenJavaIsTooOld() throws IOException, InterruptedException {
        var bin = toolsWithout();
        for (var version : List.of("openjdk version \\\"11.0.20\\\" 2023-07-18", "java version \\\"1.8.0_381\\\"")) {
            script(bin.resolve("java"), "echo \"" + version + "\" >&2");
            var result = run(PROJECT.resolve("nudge"), temp, bin, "--version");
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).contains("nudge needs Java 17 or newer, but", "is Java " + (version.contains("11") ? "11.0.20" : "1.8.0_381"));
        }
    }

    @Test
    void saysSoWhenMavenIsMissingForTheFirstBuild() throws IOException, InterruptedException {
        var project = projectCopy(false);
        var bin = toolsWithout();
        forward(bin, "java");
        var result = run(project.resolve("nudge"), temp, bin);
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("nudge: building nudge needs Apache Maven, but no 'mvn' command was found.");
    }

    @Test
    void rebuildsOnlyWhenASourceIsNewerThanTheJar() throws IOException, InterruptedException {
        var project = projectCopy(true);
        var bin = toolsWithout();
        forward(bin, "java");
        var calls = temp.resolve("mvn-calls");
        fakeBuild(bin, project, calls);
        var jar = project.resolve("target/nudge.jar");
        Files.setLastModifiedTime(project.resolve("src/main/java/Example.java"), FileTime.from(Instant.now().minusSeconds(60)));
        Files.setLastModifiedTime(project.resolve("pom.xml"), FileTime.from(Instant.now().minusSeconds(60)));

        var fresh = run(project.resolve("nudge"), temp, bin, "--version");
        assertThat(fresh.out()).startsWith("nudge ");
        assertThat(calls).doesNotExist();

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(120)));
        var stale = run(project.resolve("nudge"), temp, bin, "--version");
        assertThat(stale.exitCode()).isZero();
        assertThat(stale.err()).isEqualTo(
                "nudge: building target/nudge.jar (the first build downloads libraries and takes a minute)...\n");
        assertThat(Files.readString(calls)).isEqualTo("-q -f " + project + "/pom.xml -DskipTests package\n");
        assertThat(stale.out()).startsWith("nudge ");
    }

    @Test
    void aJarThatABuildCutShortLeftIsBuiltAgainNotRun() throws IOException, InterruptedException {
        var project = projectCopy(true);
        var bin = toolsWithout();
        forward(bin, "java");
        var calls = temp.resolve("mvn-calls");
        fakeBuild(bin, project, calls);
        Files.setLastModifiedTime(project.resolve("src/main/java/Example.java"), FileTime.from(Instant.now().minusSeconds(60)));
        Files.setLastModifiedTime(project.resolve("pom.xml"), FileTime.from(Instant.now().minusSeconds(60)));
        // The jar was written after the last whole build was marked, and the build was stopped before marking it.
        Files.setLastModifiedTime(project.resolve("target/.build-complete"), FileTime.from(Instant.now().minusSeconds(30)));

        var result = run(project.resolve("nudge"), temp, bin, "--version");
        assertThat(result.exitCode()).isZero();
        assertThat(Files.readString(calls)).isEqualTo("-q -f " + project + "/pom.xml -DskipTests package\n");
        assertThat(result.out()).startsWith("nudge ");
    }

    /** A stand-in for Maven that records how it was called and "builds" by touching the jar, then the mark. */
    private static void fakeBuild(Path bin, Path project, Path calls) throws IOException, InterruptedException {
        script(bin.resolve("mvn"), "echo \"$@\" >> '" + calls + "'; " + which("touch") + " '"
                + project.resolve("target/nudge.jar") + "' '" + project.resolve("target/.build-complete") + "'");
    }

    @Test
    void aFailedBuildSaysSo() throws IOException, InterruptedException {
        var project = projectCopy(false);
        var bin = toolsWithout();
        forward(bin, "java");
        script(bin.resolve("mvn"), "echo '[ERROR] COMPILATION ERROR' >&2; exit 1");
        var result = run(project.resolve("nudge"), temp, bin);
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).endsWith("[ERROR] COMPILATION ERROR\nnudge: the build failed; the messages above say why.\n");
    }
}
