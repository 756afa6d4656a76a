package dev.nudge.tui;

import dev.nudge.keys.Binding;
import dev.nudge.keys.Key;
import dev.nudge.lab.LabInput;
import dev.nudge.lab.LabKeymap;
import java.util.Optional;

/** The lab's keys: what each key asks of the lab, so the lab itself never sees a key. */
final class LabKeys {
    private LabKeys() {
    }

    static Optional<LabInput> input(Key key) {
        return LabKeymap.KEYMAP.lookup(key).map(Binding::action);
    }

    /** Whether {@code key} ends the whole session at once, wherever it is pressed. */
    static boolean quitsAtOnce(Key key) {
        return LabKeymap.QUIT_AT_ONCE.matches(key);
    }
}
