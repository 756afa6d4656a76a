package dev.nudge.seats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a seat row is keyed by: the SHA-256 of the learner's id, in hex. A learner's id comes from outside (a key's
 * comment, up to a keys file's line long, with any character); its digest has a fixed length and no character that
 * PostgreSQL refuses in text (NUL) or that overflows an index entry, so no name can make a seat check fail.
 */
final class LearnerDigest {
    private LearnerDigest() {
    }

    static String of(String learner) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(learner.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
