package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real {@code ./nudge serve} refuses to start on a host key it must not use, and says what to do. */
class HostKeyIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String KEY = "ssh_host_ed25519_key";

    @TempDir
    Path data;

    /** Runs {@code nudge serve} on {@link #data}, which must refuse to start, and returns what it printed. */
    private String refusedStart() throws Exception {
        var process = new ProcessBuilder(PROJECT.resolve("nudge").toString(), "serve", "--open", "--bind", "127.0.0.1",
                "--port", "0", "--data", data.toString()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isNotZero();
        assertThat(output).doesNotContain("listening on");
        return output;
    }

    @Test
    void aGarbageKeyFileStopsTheServerInsteadOfGivingANewKey() throws Exception {
        var key = Files.writeString(data.resolve(KEY), "-----BEGIN OPENSSH PRIVATE KEY-----\ntruncat");
        var output = refusedStart();
        assertThat(output).contains("nudge serve: cannot start the server: cannot read the host key " + key,
                "every learner's ssh would then warn that the server's key has changed", "Restore the file");
        assertThat(Files.readString(key)).isEqualTo("-----BEGIN OPENSSH PRIVATE KEY-----\ntruncat");
    }

    @Test
    void aLinkAtTheKeyStopsTheServerAndItsTargetIsLeftAlone() throws Exception {
        var target = Files.writeString(data.resolve("passwd"), "root:x:0:0::/root:/bin/sh\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        var link = Files.createSymbolicLink(data.resolve(KEY), target);
        var output = refusedStart();
        assertThat(output).contains("nudge serve: cannot start the server: the host key " + link
                + " is a symbolic link");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    }
}
