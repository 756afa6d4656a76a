package dev.nudge.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.lab.Lab;
import dev.nudge.lab.LabInput;
import dev.nudge.lab.LabKeymap;
import dev.nudge.i18n.Language;
import dev.nudge.tutor.Event;
import dev.nudge.tutor.KeyModes;
import dev.nudge.tutor.Tutor;
import dev.nudge.tutor.TutorState;
import org.junit.jupiter.api.Test;

/** The lab's keymap is the truth about the lab's keys: each key it lists changes the lab, each other key is ignored. */
class LabKeymapTest {

    /** The lab page after one step, so that going back to the starting values changes something too. */
    private static TutorState labPage() {
        return TutorState.labAlone(Lab.update(LabScreensTest.article(), LabInput.DESCEND).model(), Language.EN);
    }

    @Test
    void everyListedKeyChangesTheLabOrLeavesIt() {
        var state = labPage();
        for (var binding : LabKeymap.KEYMAP.bindings()) {
            for (var pattern : binding.keys()) {
                var update = Tutor.update(state, new Event.KeyPressed(pattern.example()));
                var expected = Lab.update(state.lab().orElseThrow(), binding.action());
                assertThat(update.quits() || !update.state().lab().equals(state.lab())).as(pattern.written())
                        .isTrue();
                assertThat(update.quits()).as(pattern.written()).isEqualTo(expected.leaves());
            }
        }
    }

    @Test
    void everyOtherKeyIsIgnored() {
        var state = labPage();
        for (var key : KeyModes.everyKey()) {
            if (LabKeymap.KEYMAP.lookup(key).isPresent() || LabKeymap.QUIT_AT_ONCE.matches(key)) {
                continue;
            }
            var update = Tutor.update(state, new Event.KeyPressed(key));
            assertThat(update.state()).as(key.label()).isEqualTo(state);
            assertThat(update.effects()).as(key.label()).isEmpty();
        }
    }
}
