package dev.nudge.ssh;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * The server's own key, made on first start and kept in the data directory readable by its owner only, so learners'
 * clients see the same host key on every restart and never learn to ignore a changed-key warning.
 */
final class HostKey {
    static final String FILE_NAME = "ssh_host_ed25519_key";
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path file;
    private final KeyPair pair;

    private HostKey(Path file, KeyPair pair) {
        this.file = file;
        this.pair = pair;
    }

    static HostKey loadOrCreate(Path dataDirectory) throws IOException {
        createPrivateDirectory(dataDirectory);
        var file = dataDirectory.resolve(FILE_NAME);
        var provider = new SimpleGeneratorHostKeyProvider(file);
        provider.setAlgorithm(SecurityUtils.EDDSA);
        provider.setOverwriteAllowed(false);
        var keys = provider.loadKeys(null);
        if (keys.isEmpty() || !Files.isRegularFile(file)) {
            throw new IOException("could not read or create the host key " + file);
        }
        restrictToOwner(file);
        return new HostKey(file, keys.get(0));
    }

    /**
     * A new data directory is private to its owner; an existing one is left as the teacher set it up. The key file is
     * made owner-only before the key is written into it either way.
     */
    private static void createPrivateDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (POSIX) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(directory);
        }
    }

    /** A key file copied in by hand with looser permissions is tightened, as OpenSSH's sshd demands. */
    private static void restrictToOwner(Path file) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    KeyPairProvider provider() {
        return KeyPairProvider.wrap(pair);
    }

    Path file() {
        return file;
    }

    /** The fingerprint learners compare with what their client shows on first connect. */
    String fingerprint() {
        return KeyUtils.getFingerPrint(pair.getPublic());
    }

    String type() {
        return KeyUtils.getKeyType(pair);
    }
}
