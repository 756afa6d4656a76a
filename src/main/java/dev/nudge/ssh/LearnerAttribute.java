package dev.nudge.ssh;

import dev.nudge.progress.Learner;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.session.Session;

/**
 * Carries the learner a key stands for from authentication to the sessions opened on that connection. The
 * authenticator sets it each time it accepts a key; the key that finally signs is the last one accepted, so the value
 * is the learner who proved they hold it.
 */
final class LearnerAttribute {
    private static final AttributeKey<Learner> LEARNER = new AttributeKey<>();

    private LearnerAttribute() {
    }

    static void set(Session session, Learner learner) {
        session.setAttribute(LEARNER, learner);
    }

    static Learner get(Session session) {
        var learner = session.getAttribute(LEARNER);
        if (learner == null) {
            throw new IllegalStateException("a session opened without an authenticated learner");
        }
        return learner;
    }
}
