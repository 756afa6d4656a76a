package dev.nudge.lab;

import static dev.nudge.keys.KeyPattern.letter;
import static dev.nudge.keys.KeyPattern.named;

import dev.nudge.keys.Binding;
import dev.nudge.keys.Key;
import dev.nudge.keys.KeyPattern;
import dev.nudge.keys.Keymap;

/**
 * The lab's keys, declared once: what each key asks of the lab, and the line of the lab's help that explains it.
 * Letters count in either case. Ctrl-C is not here: it ends the whole session wherever it is pressed.
 */
public final class LabKeymap {
    public static final Keymap<LabInput> KEYMAP = Keymap.of(
            Binding.of("lab.help.select", LabInput.NEXT_PARAMETER, named(Key.Kind.TAB)),
            Binding.of("lab.help.select", LabInput.PREVIOUS_PARAMETER, named(Key.Kind.UP)),
            Binding.of("lab.help.select", LabInput.NEXT_PARAMETER, named(Key.Kind.DOWN)),
            Binding.of("lab.help.change", LabInput.DECREASE, named(Key.Kind.LEFT)),
            Binding.of("lab.help.change", LabInput.INCREASE, named(Key.Kind.RIGHT)),
            Binding.of("lab.help.stepSize", LabInput.COARSER_STEP, letter('+'), letter('=')),
            Binding.of("lab.help.stepSize", LabInput.FINER_STEP, letter('-')),
            Binding.of("lab.help.descend", LabInput.DESCEND, letter('s')),
            Binding.of("lab.help.run", LabInput.RUN_OR_PAUSE, letter('r')),
            Binding.of("lab.help.rate", LabInput.LOWER_RATE, letter('[')),
            Binding.of("lab.help.rate", LabInput.HIGHER_RATE, letter(']')),
            Binding.of("lab.help.reset", LabInput.RESET, letter('0')),
            Binding.of("lab.help.loss", LabInput.SWITCH_LOSS, letter('m')),
            Binding.of("lab.help.log", LabInput.LOG_SCALE, letter('g')),
            Binding.of("help.question", LabInput.HELP, letter('?')),
            Binding.of("lab.help.leave", LabInput.LEAVE, letter('q'), named(Key.Kind.ESCAPE)));

    /** Ends the session at once, in the lab as everywhere else. */
    public static final KeyPattern QUIT_AT_ONCE = KeyPattern.ctrl('c');

    private LabKeymap() {
    }
}
