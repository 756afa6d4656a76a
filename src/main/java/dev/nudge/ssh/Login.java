package dev.nudge.ssh;

import dev.nudge.progress.Learner;
import dev.nudge.text.Untrusted;

/**
 * Who logged in on a connection and with which key. The learner's name is a key comment or a user name, text anyone
 * may choose, so it is shown only made safe for a console; the key's fingerprint beside it tells apart two people who
 * chose the same name.
 *
 * @param learner whose progress the session reads and writes
 * @param fingerprint the SHA-256 fingerprint of the key that proved it
 */
record Login(Learner learner, String fingerprint) {
    Login {
        if (learner == null || fingerprint == null || fingerprint.isBlank()) {
            throw new IllegalArgumentException("a login needs a learner and the key's fingerprint");
        }
    }

    /** The learner for a log line, safe to print: their name, and their id when it differs. */
    String label() {
        return Untrusted.forLine(learner.label());
    }

    /** {@link #label()} with the key's fingerprint, unless the label shows it already. */
    String labelWithKey() {
        var label = label();
        return label.contains(fingerprint) ? label : label + " (key " + fingerprint + ")";
    }
}
