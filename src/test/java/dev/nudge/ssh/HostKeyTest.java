package dev.nudge.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostKeyTest {
    @TempDir
    Path temp;

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static String[] names(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void theKeyIsMadeOnceOwnerOnlyAndTheSameOnEveryStart() throws Exception {
        var data = temp.resolve("new/nudge");
        var first = HostKey.loadOrCreate(data);
        var second = HostKey.loadOrCreate(data);

        assertThat(second.fingerprint()).isEqualTo(first.fingerprint()).startsWith("SHA256:");
        assertThat(first.type()).isEqualTo("ssh-ed25519");
        assertThat(mode(first.file())).isEqualTo("rw-------");
        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(names(data)).as("no partial file is left behind").containsExactly(HostKey.FILE_NAME);
    }

    @Test
    void aNewKeyIsAnOpenSshKeyThatSshKeygenReads() throws Exception {
        var key = HostKey.loadOrCreate(temp);
        assertThat(Files.readString(key.file())).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----");
        var keygen = new ProcessBuilder("ssh-keygen", "-l", "-f", key.file().toString()).redirectErrorStream(true)
                .start();
        var output = new String(keygen.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keygen.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(output).as("ssh-keygen's fingerprint of the file").contains(key.fingerprint(), "(ED25519)");
    }

    @Test
    void aKeyFileLeftReadableByOthersIsTightened() throws Exception {
        var key = HostKey.loadOrCreate(temp).file();
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        HostKey.loadOrCreate(temp);
        assertThat(mode(key)).isEqualTo("rw-------");
    }

    @Test
    void aSymbolicLinkAtTheKeyIsRefusedAndItsTargetNeitherReadNorChmodded() throws Exception {
        var target = Files.writeString(temp.resolve("passwd"), "root:x:0:0:root:/root:/bin/sh\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        var data = Files.createDirectory(temp.resolve("data"));
        var link = Files.createSymbolicLink(data.resolve(HostKey.FILE_NAME), target);

        assertThatThrownBy(() -> HostKey.loadOrCreate(data)).isInstanceOf(HostKey.HostKeyException.class)
                .hasMessageContaining("the host key " + link + " is a symbolic link")
                .hasMessageContaining("delete the link to make a new key");
        assertThat(mode(target)).as("the link's target keeps its mode").isEqualTo("rw-r--r--");
        assertThat(Files.readString(target)).isEqualTo("root:x:0:0:root:/root:/bin/sh\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aDanglingLinkIsRefusedToo() throws Exception {
        var link = Files.createSymbolicLink(temp.resolve(HostKey.FILE_NAME), temp.resolve("elsewhere"));
        assertThatThrownBy(() -> HostKey.loadOrCreate(temp)).hasMessageContaining(link + " is a symbolic link");
        assertThat(temp.resolve("elsewhere")).as("nothing is written through the link").doesNotExist();
    }

    @Test
    void aFolderAtTheKeyIsRefused() throws Exception {
        Files.createDirectory(temp.resolve(HostKey.FILE_NAME));
        assertThatThrownBy(() -> HostKey.loadOrCreate(temp)).hasMessageContaining("is not a regular file (it is a folder)");
    }

    @Test
    void anEmptyKeyFileIsRefusedAndKept() throws Exception {
        var key = Files.createFile(temp.resolve(HostKey.FILE_NAME));
        assertRefusedAsUnreadable(key, "it is empty");
        assertThat(key).isEmptyFile();
    }

    @Test
    void aGarbageKeyFileIsRefusedAndKept() throws Exception {
        var key = Files.writeString(temp.resolve(HostKey.FILE_NAME), "this is not a key\n");
        assertRefusedAsUnreadable(key, "it holds no private key");
        assertThat(Files.readString(key)).isEqualTo("this is not a key\n");
    }

    @Test
    void aTruncatedKeyFileIsRefusedAndKept() throws Exception {
        var key = HostKey.loadOrCreate(temp).file();
        var whole = Files.readAllBytes(key);
        var half = Arrays.copyOf(whole, whole.length / 2);
        Files.write(key, half);
        assertRefusedAsUnreadable(key, "cannot read the host key");
        assertThat(Files.readAllBytes(key)).isEqualTo(half);
    }

    @Test
    void aKeyFileLargerThanAnyKeyIsRefused() throws Exception {
        var key = Files.write(temp.resolve(HostKey.FILE_NAME), new byte[HostKey.MAX_BYTES + 1]);
        assertRefusedAsUnreadable(key, "larger than any key");
    }

    private static void assertRefusedAsUnreadable(Path key, String why) {
        assertThatThrownBy(() -> HostKey.loadOrCreate(key.getParent())).isInstanceOf(HostKey.HostKeyException.class)
                .hasMessageContaining("cannot read the host key " + key)
                .hasMessageContaining(why)
                .hasMessageContaining("every learner's ssh would then warn that the server's key has changed")
                .hasMessageContaining("Restore the file from a backup")
                .hasMessageContaining("delete the file");
    }
}
