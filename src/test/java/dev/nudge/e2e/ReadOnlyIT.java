package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A learner's folder that they may only read, with permissions enforced: the tutor and {@code nudge report} run as a
 * user who is not root (the test's own user, or, when the tests run as root, the system's {@code nobody} through
 * {@code setpriv}), so the system itself refuses every write, as it would for a learner.
 */
class ReadOnlyIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final long NOBODY = 65534;

    private Path data;

    @BeforeEach
    void folderOthersMayRead() throws IOException {
        data = Files.createTempDirectory("nudge-read-only");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterEach
    void removeFolder() throws IOException {
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        try (var files = Files.walk(data)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static boolean root() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }

    /** Runs nudge's jar with {@code arguments} and {@code input}; as nobody when {@code confined} and we are root. */
    private static String nudge(boolean confined, String input, String... arguments) throws Exception {
        var command = new ArrayList<String>();
        if (confined && root()) {
            command.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dnudge.home=" + PROJECT, "-cp", PROJECT.resolve("target/nudge.jar").toString(),
                "dev.nudge.cli.Main"));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LANG", "C.UTF-8");
        var process = builder.start();
        try (var in = process.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /** Ada's first two steps, kept by the tutor, in a folder and file then made read-only. */
    private void progressThenReadOnly() throws Exception {
        nudge(false, "\n\n\nq\n", "--plain", "--lang", "en", "--user", "ada", "--data", data.toString());
        Files.setPosixFilePermissions(data.resolve("progress.db"), PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
    }

    private List<String> names() throws IOException {
        try (var files = Files.list(data)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theTutorShowsEarlierProgressFromAFolderItMayOnlyRead() throws Exception {
        progressThenReadOnly();
        var before = Files.readAllBytes(data.resolve("progress.db"));
        var output = nudge(true, "q\n", "--plain", "--lang", "en", "--user", "ada", "--data", data.toString());
        assertThat(output).contains("continue at lesson 1, step 3", "nudge: the progress file "
                + data.resolve("progress.db") + " cannot be written here, so it is only read: your earlier progress "
                + "is shown, and new progress is kept only until nudge ends.");
        assertThat(names()).containsExactly("progress.db");
        assertThat(Files.readAllBytes(data.resolve("progress.db"))).isEqualTo(before);
    }

    @Test
    void aJapaneseLearnerIsToldInJapanese() throws Exception {
        progressThenReadOnly();
        var output = nudge(true, "q\n", "--plain", "--lang", "ja", "--user", "ada", "--data", data.toString());
        assertThat(output).contains("nudge: 進み具合のファイル " + data.resolve("progress.db")
                + " にはここから書き込めないので、読むだけにしています。これまでの進み具合は表示されますが、")
                .doesNotContain("cannot be written", "progress is shown");
        assertThat(names()).containsExactly("progress.db");
    }

    @Test
    void theReportReadsAFolderItMayOnlyRead() throws Exception {
        progressThenReadOnly();
        var csv = nudge(true, "", "report", "--format", "csv", "--data", data.toString());
        assertThat(csv).contains("\nlearner,ada,function,straight-line,").doesNotContain("damaged", "cannot");
        assertThat(names()).containsExactly("progress.db");
    }
}
