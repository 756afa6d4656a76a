package dev.nudge.ssh;

import dev.nudge.progress.Learner;
import dev.nudge.text.Untrusted;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.OpenSshCertificate;
import org.apache.sshd.server.session.ServerSession;

/**
 * Lets in exactly the keys of the class's keys file, each as a learner, within its line's {@code from=} and
 * {@code expiry-time=}. A key's comment is the learner's name and identity; a key without a comment is known by its
 * fingerprint (not by the user name, which anyone with a listed key could set to someone else's) and shown with the
 * user name. The file is looked at again at every login, so a key taken out of it stops working without a restart
 * (sessions already open go on); a file that became unusable is reported and the keys read before stay.
 */
final class KeysFileAuthenticator implements Doorkeeper {
    /** The keys whose refusal this connection has logged, so that SSH's ask-then-sign logs it once. */
    private static final AttributeKey<Set<String>> LOGGED = new AttributeKey<>();

    private final Path file;
    private final Consumer<String> log;
    private final Supplier<Instant> clock;
    private ClassKeys keys;
    private FileStamp lastSeen;

    private KeysFileAuthenticator(Path file, ClassKeys keys, FileStamp readAt, Consumer<String> log,
            Supplier<Instant> clock) {
        this.file = file;
        this.keys = keys;
        this.lastSeen = readAt;
        this.log = log;
        this.clock = clock;
    }

    static KeysFileAuthenticator load(Path file, Consumer<String> log) throws IOException {
        var stamp = FileStamp.of(file);
        var keys = ClassKeys.read(file);
        if (keys.size() == 0) {
            throw new IOException(file + " lists no public keys, so nobody could log in");
        }
        return new KeysFileAuthenticator(file, keys, stamp, log, Instant::now);
    }

    @Override
    public synchronized String describe() {
        var count = keys.size() == 1 ? "the one public key in " : "the " + keys.size() + " public keys in ";
        return count + file + " (a key's comment names its learner; the file is read again when it changes)";
    }

    @Override
    public boolean authenticate(String username, PublicKey key, ServerSession session) {
        if (key instanceof OpenSshCertificate) {
            return false;
        }
        var listed = current().find(key);
        if (listed.isEmpty()) {
            return false;
        }
        if (session.getClientAddress() instanceof InetSocketAddress client) {
            var refusal = listed.get().restrictions().refusal(client.getAddress(), clock.get());
            if (refusal.isPresent()) {
                logOnce(session, listed.get(), refusal.get());
                return false;
            }
        }
        LearnerAttribute.set(session, login(listed.get(), username, key));
        return true;
    }

    /** The keys as the file lists them now, read again if it changed since it was last looked at. */
    private synchronized ClassKeys current() {
        var stamp = FileStamp.of(file);
        if (stamp.equals(lastSeen)) {
            return keys;
        }
        lastSeen = stamp;
        try {
            var fresh = ClassKeys.read(file);
            keys = fresh;
            log.accept("read " + file + " again: " + fresh.size() + " public keys"
                    + (fresh.size() == 0 ? "; nobody can log in until keys are added" : ""));
        } catch (IOException e) {
            var why = e instanceof NoSuchFileException ? "it is gone" : e.getMessage();
            log.accept(file + " changed but cannot be used: " + Untrusted.forLine(why) + "; the "
                    + keys.size() + " keys read before still log in");
        }
        return keys;
    }

    private void logOnce(ServerSession session, ListedKey listed, String reason) {
        var logged = session.computeAttributeIfAbsent(LOGGED, k -> new HashSet<>());
        synchronized (logged) {
            if (!logged.add(listed.where())) {
                return;
            }
        }
        var name = listed.name().isEmpty() ? "" : " of " + Untrusted.forLine(listed.name());
        log.accept("refused the key" + name + " (" + listed.where() + "): " + reason);
    }

    private static Login login(ListedKey listed, String username, PublicKey key) {
        var fingerprint = KeyUtils.getFingerPrint(key);
        if (!listed.name().isEmpty()) {
            return new Login(new Learner(listed.name(), listed.name()), fingerprint);
        }
        return new Login(new Learner(fingerprint, username), fingerprint);
    }
}
