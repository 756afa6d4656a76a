package dev.nudge.ssh;

import java.security.PublicKey;

/**
 * One key of the class's keys file, with what its line says about it.
 *
 * @param key the public key
 * @param name the learner it names (the line's comment); empty when the key is known by its fingerprint
 * @param where {@code FILE:LINE}, for messages
 * @param restrictions where from and until when it may log in
 */
record ListedKey(PublicKey key, String name, String where, Restrictions restrictions) {
}
