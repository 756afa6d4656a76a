package dev.nudge.ssh;

import dev.nudge.progress.Learner;
import java.security.PublicKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.OpenSshCertificate;
import org.apache.sshd.server.session.ServerSession;

/**
 * An open class: any public key gets in, and the key's fingerprint is the learner, so whoever holds the key finds their
 * progress again. The user name they typed is only shown beside it.
 */
final class AnyKeyAuthenticator implements Doorkeeper {
    @Override
    public String describe() {
        return "open: any public key (a learner is known by the key's fingerprint)";
    }

    @Override
    public boolean authenticate(String username, PublicKey key, ServerSession session) {
        if (key instanceof OpenSshCertificate) {
            return false;
        }
        var fingerprint = KeyUtils.getFingerPrint(key);
        LearnerAttribute.set(session, new Login(new Learner(fingerprint, username), fingerprint));
        return true;
    }
}
