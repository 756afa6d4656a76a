package dev.nudge.ssh;

import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.session.Session;

/**
 * Carries the {@link Login} a key stands for from authentication to the sessions opened on that connection. The
 * authenticator sets it each time it accepts a key; the key that finally signs is the last one accepted, so the value
 * is the learner who proved they hold it.
 */
final class LearnerAttribute {
    private static final AttributeKey<Login> LOGIN = new AttributeKey<>();

    private LearnerAttribute() {
    }

    static void set(Session session, Login login) {
        session.setAttribute(LOGIN, login);
    }

    static Login get(Session session) {
        var login = session.getAttribute(LOGIN);
        if (login == null) {
            throw new IllegalStateException("a session opened without an authenticated learner");
        }
        return login;
    }
}
