package dev.nudge.step;

import dev.nudge.layout.ProseLayout;

/**
 * Which wording of a step's instructions to show. A full screen has keys to press (arrows, Home, Space); the plain
 * tutor reads typed lines, so it says only what can be typed there. The plain wording of a text lives under the same
 * key with {@value #PLAIN} after it.
 */
public final class Instructions {
    /** What a key's plain wording has after it. */
    public static final String PLAIN = ".plain";

    private Instructions() {
    }

    /** The key of the wording for {@code prose}'s output: the plain one when it is laid out flat, line by line. */
    public static String key(ProseLayout prose, String key) {
        return prose.flat() ? key + PLAIN : key;
    }
}
