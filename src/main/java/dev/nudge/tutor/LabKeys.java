package dev.nudge.tutor;

import dev.nudge.keys.Key;
import dev.nudge.lab.LabKeymap;

/** The one key that ends a session at once wherever it is pressed, the lab included; the lab's other keys are {@link LabKeymap}. */
public final class LabKeys {
    private LabKeys() {
    }

    /** Whether {@code key} ends the whole session at once, wherever it is pressed. */
    public static boolean quitsAtOnce(Key key) {
        return LabKeymap.QUIT_AT_ONCE.matches(key);
    }
}
