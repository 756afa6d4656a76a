package dev.nudge.lab;

import static dev.nudge.keys.KeyPattern.letter;
import static dev.nudge.keys.KeyPattern.named;

import dev.nudge.keys.KeyBinding;
import dev.nudge.keys.Key;
import dev.nudge.keys.KeyPattern;
import dev.nudge.keys.Keymap;

/**
 * The lab's keys, declared once: what each key asks of the lab, and the line of the lab's help that explains it.
 * Letters count in either case. Ctrl-C is not here: it ends the whole session wherever it is pressed.
 */
public final class LabKeymap {
    public static final Keymap<LabInput> KEYMAP = Keymap.of(
            KeyBinding.of("lab.help.select", LabInput.NEXT_PARAMETER, named(Key.Kind.TAB)),
            KeyBinding.of("lab.help.select", LabInput.PREVIOUS_PARAMETER, named(Key.Kind.UP)),
            KeyBinding.of("lab.help.select", LabInput.NEXT_PARAMETER, named(Key.Kind.DOWN)),
            KeyBinding.of("lab.help.change", LabInput.DECREASE, named(Key.Kind.LEFT)),
            KeyBinding.of("lab.help.change", LabInput.INCREASE, named(Key.Kind.RIGHT)),
            KeyBinding.of("lab.help.stepSize", LabInput.COARSER_STEP, letter('+'), letter('=')),
            KeyBinding.of("lab.help.stepSize", LabInput.FINER_STEP, letter('-')),
            KeyBinding.of("lab.help.descend", LabInput.DESCEND, letter('s')),
            KeyBinding.of("lab.help.run", LabInput.RUN_OR_PAUSE, letter('r')),
            KeyBinding.of("lab.help.rate", LabInput.LOWER_RATE, letter('[')),
            KeyBinding.of("lab.help.rate", LabInput.HIGHER_RATE, letter(']')),
            KeyBinding.of("lab.help.reset", LabInput.RESET, letter('0')),
            KeyBinding.of("lab.help.loss", LabInput.SWITCH_LOSS, letter('m')),
            KeyBinding.of("lab.help.log", LabInput.LOG_SCALE, letter('g')),
            KeyBinding.of("lab.help.rescale", LabInput.RESCALE, letter('a')),
            KeyBinding.of("help.question", LabInput.HELP, letter('?')),
            KeyBinding.of("lab.help.leave", LabInput.LEAVE, letter('q'), named(Key.Kind.ESCAPE)));

    /** Ends the session at once, in the lab as everywhere else. */
    public static final KeyPattern QUIT_AT_ONCE = KeyPattern.ctrl('c');

    private LabKeymap() {
    }
}
