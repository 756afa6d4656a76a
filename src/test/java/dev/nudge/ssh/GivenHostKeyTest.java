package dev.nudge.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.sun.security.auth.module.UnixSystem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key given with {@code --host-key}: used exactly as it is, refused with a remedy otherwise, never written. */
class GivenHostKeyTest {
    @TempDir
    Path temp;

    /** Runs {@code ssh-keygen} with {@code arguments} and returns what it printed. */
    private static String keygen(String... arguments) throws Exception {
        var command = new ArrayList<>(List.of("ssh-keygen"));
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private Path newKey(String name, String... options) throws Exception {
        var key = temp.resolve(name);
        var arguments = new ArrayList<>(List.of("-q", "-N", "", "-C", "test", "-f", key.toString()));
        arguments.addAll(List.of(options));
        keygen(arguments.toArray(String[]::new));
        return key;
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    private static String[] names(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    private static void assertRefused(Path key, String... parts) {
        assertThatThrownBy(() -> HostKey.loadGiven(key)).isInstanceOf(HostKey.HostKeyException.class)
                .hasMessageContainingAll(parts);
    }

    @Test
    void anEd25519KeyFromSshKeygenIsServedExactlyAndLeftUntouched() throws Exception {
        var file = newKey("class_host_key", "-t", "ed25519");
        var before = Files.readAllBytes(file);
        var modified = Files.getLastModifiedTime(file);

        var key = HostKey.loadGiven(file);

        assertThat(key.file()).isEqualTo(file);
        assertThat(key.type()).isEqualTo("ssh-ed25519");
        assertThat(keygen("-l", "-f", file.toString())).contains(key.fingerprint());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(names(temp)).containsExactly("class_host_key", "class_host_key.pub");
    }

    @Test
    void ecdsaAndLongRsaKeysAreServedToo() throws Exception {
        assertThat(HostKey.loadGiven(newKey("ecdsa", "-t", "ecdsa")).type()).isEqualTo("ecdsa-sha2-nistp256");
        assertThat(HostKey.loadGiven(newKey("rsa", "-t", "rsa", "-b", "2048")).type()).isEqualTo("ssh-rsa");
    }

    @Test
    void aMissingFileIsRefusedWithHowToMakeOneAndIsNotMade() throws Exception {
        var file = temp.resolve("class_host_key");
        assertRefused(file, "the host key " + file + " given with --host-key does not exist",
                "never makes one there", "ssh-keygen -t ed25519 -N '' -C 'nudge class' -f " + file, "chmod 600");
        assertThat(names(temp)).isEmpty();
    }

    @Test
    void aLinkIsRefusedAndNeverFollowed() throws Exception {
        var target = newKey("real_key", "-t", "ed25519");
        var link = Files.createSymbolicLink(temp.resolve("class_host_key"), target);
        assertRefused(link, "the host key " + link + " is a symbolic link", "--host-key \"$(readlink -f " + link);
        assertThat(mode(target)).isEqualTo("rw-------");
    }

    @Test
    void aFolderIsRefused() throws Exception {
        var folder = Files.createDirectory(temp.resolve("class_host_key"));
        assertRefused(folder, "is not a regular file (it is a folder)", "--host-key FILE");
    }

    @Test
    void aKeyOthersMayReadOrChangeIsRefusedAndNotChmodded() throws Exception {
        var file = newKey("class_host_key", "-t", "ed25519");
        for (var loose : List.of("rw-r--r--", "rw--w----", "rw-----w-")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(loose));
            assertRefused(file, "may be read or changed by other users (its mode is " + loose + ")",
                    "chmod 600 " + file);
            assertThat(mode(file)).isEqualTo(loose);
        }
    }

    @Test
    void aKeyOfAnotherUserIsRefused() throws Exception {
        assumeThat(new UnixSystem().getUid()).as("only root can give a file away").isZero();
        var file = newKey("class_host_key", "-t", "ed25519");
        Files.setAttribute(file, "unix:uid", 65_534);
        assertRefused(file, "belongs to another user (uid 65534)", "Run nudge serve as its owner");
    }

    @Test
    void aKeyItsOwnerMayNotReadIsRefused() throws Exception {
        assumeThat(new UnixSystem().getUid()).as("root reads any file").isNotZero();
        var file = newKey("class_host_key", "-t", "ed25519");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assertRefused(file, "cannot read the host key " + file, "permission denied", "chmod 600 " + file);
    }

    @Test
    void aKeyWithAPassphraseIsRefusedWithHowToRemoveIt() throws Exception {
        var file = temp.resolve("class_host_key");
        keygen("-q", "-t", "ed25519", "-N", "secret words", "-f", file.toString());
        assertRefused(file, "cannot read the host key " + file, "protected by a passphrase",
                "ssh-keygen -p -N '' -f " + file, "never makes a key in place of a --host-key file");
    }

    @Test
    void thePublicHalfIsRefusedAsNotThePrivateKey() throws Exception {
        var file = Path.of(newKey("class_host_key", "-t", "ed25519") + ".pub");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertRefused(file, "it is a public key; give the private key");
    }

    @Test
    void aShortRsaKeyIsRefused() throws Exception {
        var file = newKey("class_host_key", "-t", "rsa", "-b", "1024");
        assertRefused(file, "it is an RSA key of 1024 bits", "OpenSSH clients refuse fewer than 2048");
    }

    @Test
    void anEmptyOrGarbageFileIsRefusedAndKept() throws Exception {
        var empty = Files.createFile(temp.resolve("empty"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------")));
        assertRefused(empty, "cannot read the host key " + empty + " (it is empty", "Copy the class's key file");
        var garbage = Files.writeString(temp.resolve("garbage"), "-----BEGIN OPENSSH PRIVATE KEY-----\ntrunc");
        Files.setPosixFilePermissions(garbage, PosixFilePermissions.fromString("rw-------"));
        assertRefused(garbage, "cannot read the host key " + garbage, "it is not a private key nudge can read");
        assertThat(Files.readString(garbage)).isEqualTo("-----BEGIN OPENSSH PRIVATE KEY-----\ntrunc");
    }
}
