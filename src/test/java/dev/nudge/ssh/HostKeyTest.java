package dev.nudge.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostKeyTest {
    @TempDir
    Path temp;

    @Test
    void theKeyIsMadeOnceOwnerOnlyAndTheSameOnEveryStart() throws Exception {
        var data = temp.resolve("new/nudge");
        var first = HostKey.loadOrCreate(data);
        var second = HostKey.loadOrCreate(data);

        assertThat(second.fingerprint()).isEqualTo(first.fingerprint()).startsWith("SHA256:");
        assertThat(first.type()).isEqualTo("ssh-ed25519");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
    }

    @Test
    void aKeyFileLeftReadableByOthersIsTightened() throws Exception {
        var key = HostKey.loadOrCreate(temp).file();
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        HostKey.loadOrCreate(temp);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }
}
