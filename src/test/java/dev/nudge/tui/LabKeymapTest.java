package dev.nudge.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.lab.Lab;
import dev.nudge.lab.LabInput;
import dev.nudge.lab.LabKeymap;
import dev.nudge.tutor.KeyModes;
import org.junit.jupiter.api.Test;

/** The lab's keymap is the truth about the lab's keys: each key it lists changes the lab, each other key is ignored. */
class LabKeymapTest {

    @Test
    void everyListedKeyChangesTheLabOrLeavesIt() {
        // After one step, so that going back to the starting values changes something too.
        var model = Lab.update(LabScreensTest.article(), LabInput.DESCEND).model();
        for (var binding : LabKeymap.KEYMAP.bindings()) {
            for (var pattern : binding.keys()) {
                var input = LabKeys.input(pattern.example());
                assertThat(input).as(pattern.written()).contains(binding.action());
                var update = Lab.update(model, input.orElseThrow());
                assertThat(update.leaves() || !update.model().equals(model)).as(pattern.written()).isTrue();
            }
        }
    }

    @Test
    void everyOtherKeyIsIgnored() {
        for (var key : KeyModes.everyKey()) {
            assertThat(LabKeys.input(key).isPresent()).as(key.label())
                    .isEqualTo(LabKeymap.KEYMAP.lookup(key).isPresent());
        }
    }
}
