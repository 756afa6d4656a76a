package dev.nudge.tutor;

import dev.nudge.lab.LabInput;
import dev.nudge.keys.Key;
import java.util.Map;
import java.util.Optional;

/** The lab's keys: what each key asks of the lab, so the lab itself never sees a key. */
public final class LabKeys {
    private static final Map<Key.Kind, LabInput> KINDS = Map.of(
            Key.Kind.TAB, LabInput.NEXT_PARAMETER, Key.Kind.DOWN, LabInput.NEXT_PARAMETER,
            Key.Kind.UP, LabInput.PREVIOUS_PARAMETER, Key.Kind.RIGHT, LabInput.INCREASE,
            Key.Kind.LEFT, LabInput.DECREASE, Key.Kind.ESCAPE, LabInput.LEAVE);
    private static final Map<Character, LabInput> CHARACTERS = Map.ofEntries(
            Map.entry('+', LabInput.COARSER_STEP), Map.entry('=', LabInput.COARSER_STEP),
            Map.entry('-', LabInput.FINER_STEP), Map.entry('s', LabInput.DESCEND),
            Map.entry('r', LabInput.RUN_OR_PAUSE), Map.entry(']', LabInput.HIGHER_RATE),
            Map.entry('[', LabInput.LOWER_RATE), Map.entry('0', LabInput.RESET),
            Map.entry('m', LabInput.SWITCH_LOSS), Map.entry('g', LabInput.LOG_SCALE),
            Map.entry('?', LabInput.HELP), Map.entry('q', LabInput.LEAVE));

    private LabKeys() {
    }

    static Optional<LabInput> input(Key key) {
        if (key.ctrl()) {
            return Optional.empty();
        }
        if (key.kind() == Key.Kind.CHARACTER) {
            return Optional.ofNullable(CHARACTERS.get(Character.toLowerCase(key.character())));
        }
        return Optional.ofNullable(KINDS.get(key.kind()));
    }

    /** Whether {@code key} ends the whole session at once, wherever it is pressed. */
    public static boolean quitsAtOnce(Key key) {
        return key.ctrl() && key.kind() == Key.Kind.CHARACTER && key.character() == 'c';
    }
}
