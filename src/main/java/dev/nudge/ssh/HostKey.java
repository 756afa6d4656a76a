package dev.nudge.ssh;

import com.sun.security.auth.module.UnixSystem;
import dev.nudge.progress.OwnerOnly;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Iterator;
import java.util.Set;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * The server's own key, made on first start and kept in the data directory readable by its owner only, so learners'
 * clients see the same host key on every restart and never learn to ignore a changed-key warning.
 *
 * <p>The path is one a teacher's data folder holds, so it is treated as hostile: a symbolic link there is refused
 * (following it would let whoever made it have the server read, chmod or overwrite another file, such as
 * {@code /etc/passwd}); the file is opened without following links and must be a regular file of this user's. A key
 * file that cannot be read is never replaced: a new key would make every learner's {@code ssh} warn that the server
 * changed. A new key is written whole to a temporary file, synced, then renamed into place, so that a full disk or a
 * crash leaves either no key or the whole key, never an empty file.
 *
 * <p>Identical nodes of one class share a key file given with {@code --host-key} instead ({@link #loadGiven}): the same
 * checks apply, but such a file is never made, replaced or chmodded, so a missing or loose one stops the start.
 */
final class HostKey {
    static final String FILE_NAME = "ssh_host_ed25519_key";
    /** Far more than any private key in OpenSSH's format; a bigger file is not a key. */
    static final int MAX_BYTES = 64 * 1024;
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> NOT_OWNERS = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final Path file;
    private final KeyPair pair;

    private HostKey(Path file, KeyPair pair) {
        this.file = file;
        this.pair = pair;
    }

    /**
     * The key in {@code dataDirectory}, made there if there is none. The exception's message names the file, says what
     * is wrong and what to do.
     */
    static HostKey loadOrCreate(Path dataDirectory) throws IOException {
        OwnerOnly.createFolder(dataDirectory);
        var file = dataDirectory.resolve(FILE_NAME);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return new HostKey(file, create(file));
        }
        checkIsOwnRegularFile(file, attributes, HostKeySource.DATA_FOLDER);
        return new HostKey(file, load(file, attributes, HostKeySource.DATA_FOLDER));
    }

    /**
     * Exactly the key in {@code file}, given with {@code --host-key} and shared by every node of a class. Nothing is
     * ever written: a file that is missing, a link, not this user's, open to others or not a usable private key stops
     * the start, with a message that names the file, says what is wrong and what to do.
     */
    static HostKey loadGiven(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new HostKeyException("the host key " + file + " given with --host-key does not exist, and nudge "
                    + "serve never makes one there: every node of a class must serve the same key. Make it once with "
                    + HostKeySource.howToMake(file) + " and copy it to every node (owner-only, chmod 600).");
        } catch (AccessDeniedException e) {
            throw new HostKeyException("the host key " + file + " given with --host-key cannot be reached (permission "
                    + "denied on a folder above it). Give a file the user nudge serve runs as may read.");
        }
        checkIsOwnRegularFile(file, attributes, HostKeySource.GIVEN);
        checkOwnerOnly(file);
        return new HostKey(file, load(file, attributes, HostKeySource.GIVEN));
    }

    private static void checkIsOwnRegularFile(Path file, BasicFileAttributes attributes, HostKeySource source)
            throws IOException {
        if (attributes.isSymbolicLink()) {
            throw new HostKeyException("the host key " + file + " is a symbolic link, and nudge serve never follows "
                    + "one there (it could be made to read or change another file). " + source.link(file));
        }
        if (!attributes.isRegularFile()) {
            throw new HostKeyException("the host key " + file + " is not a regular file (it is a "
                    + (attributes.isDirectory() ? "folder" : "special file") + "). " + source.notRegular());
        }
        if (POSIX) {
            int owner = (Integer) Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS);
            long self = new UnixSystem().getUid();
            if (owner != self) {
                throw new HostKeyException("the host key " + file + " belongs to another user (uid " + owner
                        + "), not to the user nudge serve runs as (uid " + self + "). " + source.otherOwner());
            }
        }
    }

    /** A shared key is never chmodded; one that others may read or change is refused, as OpenSSH's sshd does. */
    private static void checkOwnerOnly(Path file) throws IOException {
        if (!POSIX) {
            return;
        }
        var permissions = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
        if (permissions.stream().anyMatch(NOT_OWNERS::contains)) {
            throw new HostKeyException("the host key " + file + " may be read or changed by other users (its mode is "
                    + PosixFilePermissions.toString(permissions) + "), and a private key must be its owner's alone. "
                    + "Make it owner-only with chmod 600 " + file + "; if others could read it, make a new key for "
                    + "every node (see --help).");
        }
    }

    /**
     * Reads the key through a file opened without following links, tightening its mode if others may read it when it
     * is the data folder's.
     */
    private static KeyPair load(Path file, BasicFileAttributes seen, HostKeySource source) throws IOException {
        byte[] bytes;
        try (var channel = openToRead(file, source)) {
            var opened = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!opened.isRegularFile() || !opened.fileKey().equals(seen.fileKey())) {
                throw new HostKeyException("the host key " + file + " was replaced while nudge serve was reading it. "
                        + "Start nudge serve again.");
            }
            bytes = readAtMost(channel, MAX_BYTES + 1);
            if (source == HostKeySource.DATA_FOLDER) {
                restrictToOwner(file);
            }
        }
        if (bytes.length > MAX_BYTES) {
            throw unreadable(file, "it is larger than any key (" + MAX_BYTES + " bytes)", source);
        }
        return HostKeyType.usable(file, parse(file, bytes, source), source);
    }

    private static FileChannel openToRead(Path file, HostKeySource source) throws IOException {
        try {
            return FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (AccessDeniedException e) {
            throw unreadable(file, "permission denied: its owner may not read it; chmod 600 " + file + " allows it",
                    source);
        }
    }

    private static byte[] readAtMost(FileChannel channel, int limit) throws IOException {
        var buffer = ByteBuffer.allocate(limit);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // keep reading until the file ends or the limit is reached
        }
        var bytes = new byte[buffer.position()];
        buffer.flip().get(bytes);
        return bytes;
    }

    private static KeyPair parse(Path file, byte[] bytes, HostKeySource source) throws IOException {
        if (bytes.length == 0) {
            throw unreadable(file, "it is empty, as a full disk or a crash while it was written can leave it", source);
        }
        Iterable<KeyPair> keys;
        try {
            keys = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(file.toString()),
                    new ByteArrayInputStream(bytes), null);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw unreadable(file, HostKeyType.whyNotReadable(file, e), source);
        }
        Iterator<KeyPair> found = keys == null ? null : keys.iterator();
        if (found == null || !found.hasNext()) {
            throw unreadable(file, HostKeyType.whyNoKey(file, bytes), source);
        }
        return found.next();
    }

    static HostKeyException unreadable(Path file, String why, HostKeySource source) {
        return new HostKeyException("cannot read the host key " + file + " (" + why + "). " + source.unreadable());
    }

    /**
     * A key file copied in by hand with looser permissions is tightened, as OpenSSH's sshd demands; through a view that
     * does not follow links, so a link put there meanwhile is never chmodded through.
     */
    private static void restrictToOwner(Path file) throws IOException {
        if (!POSIX) {
            return;
        }
        var view = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        var permissions = view.readAttributes().permissions();
        if (permissions.stream().anyMatch(NOT_OWNERS::contains)) {
            view.setPermissions(OwnerOnly.FILE);
        }
    }

    /** Makes a new key and puts it at {@code file} whole: written and synced in a temporary file, then renamed. */
    private static KeyPair create(Path file) throws IOException {
        KeyPair pair;
        var text = new ByteArrayOutputStream();
        try {
            pair = SecurityUtils.getKeyPairGenerator(SecurityUtils.EDDSA).generateKeyPair();
            new OpenSSHKeyPairResourceWriter().writePrivateKey(pair, "nudge serve", null, text);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot make a host key: " + e.getMessage(), e);
        }
        var folder = file.getParent();
        var partial = Files.createTempFile(folder, "." + FILE_NAME + "-", ".partial", OwnerOnly.fileAttributes());
        try {
            try (var channel = FileChannel.open(partial, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                var bytes = ByteBuffer.wrap(text.toByteArray());
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            // Renaming replaces only the name: a link put at the path meanwhile is replaced, never followed.
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw new HostKeyException("cannot save a new host key in " + folder + " (" + e.getMessage() + "). "
                    + "Make room on the disk or make the folder writable, or choose another folder with --data DIR.");
        }
        syncFolder(folder);
        return pair;
    }

    /** Makes the rename itself last through a power cut, where the file system allows a folder to be synced. */
    private static void syncFolder(Path folder) {
        try (var channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not every file system can sync a folder; the key is written and synced either way
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

    /** A host key that cannot be used; the message says which file, why, and what to do. */
    static final class HostKeyException extends IOException {
        private static final long serialVersionUID = 1L;

        HostKeyException(String message) {
            super(message);
        }
    }
}
