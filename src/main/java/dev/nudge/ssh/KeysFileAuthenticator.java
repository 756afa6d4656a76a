package dev.nudge.ssh;

import dev.nudge.progress.Learner;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.OpenSshCertificate;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.server.session.ServerSession;

/**
 * Lets in exactly the keys of an authorized-keys file, each as a learner. A key's comment is the learner's name and
 * identity, so a teacher can give one student two keys; a key without a comment is known by its fingerprint (not by
 * the user name, which anyone with a listed key could set to someone else's) and shown with the user name.
 */
final class KeysFileAuthenticator implements Doorkeeper {
    private final Path file;
    private final Map<PublicKey, String> comments;

    private KeysFileAuthenticator(Path file, Map<PublicKey, String> comments) {
        this.file = file;
        this.comments = comments;
    }

    static KeysFileAuthenticator load(Path file) throws IOException {
        var comments = new LinkedHashMap<PublicKey, String>();
        for (var entry : AuthorizedKeyEntry.readAuthorizedKeys(file)) {
            comments.put(resolve(file, entry), entry.getComment() == null ? "" : entry.getComment().strip());
        }
        if (comments.isEmpty()) {
            throw new IOException(file + " lists no public keys, so nobody could log in");
        }
        return new KeysFileAuthenticator(file, comments);
    }

    private static PublicKey resolve(Path file, AuthorizedKeyEntry entry) throws IOException {
        try {
            return entry.resolvePublicKey(null, Map.of(), PublicKeyEntryResolver.FAILING);
        } catch (GeneralSecurityException e) {
            throw new IOException(file + ": cannot read the key \"" + entry + "\": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "the " + comments.size() + " public keys in " + file + " (a key's comment names its learner)";
    }

    @Override
    public boolean authenticate(String username, PublicKey key, ServerSession session) {
        if (key instanceof OpenSshCertificate) {
            return false;
        }
        for (var listed : comments.entrySet()) {
            if (KeyUtils.compareKeys(key, listed.getKey())) {
                LearnerAttribute.set(session, learner(listed.getValue(), username, key));
                return true;
            }
        }
        return false;
    }

    private static Learner learner(String comment, String username, PublicKey key) {
        if (!comment.isEmpty()) {
            return new Learner(comment, comment);
        }
        return new Learner(KeyUtils.getFingerPrint(key), username);
    }
}
