package dev.nudge.tutor;

import dev.nudge.keys.KeyBinding;
import dev.nudge.keys.KeyPattern;
import dev.nudge.keys.Keymap;
import dev.nudge.lab.Lab;
import dev.nudge.lab.LabInput;
import dev.nudge.lab.LabKeymap;
import dev.nudge.lab.LabModel;
import dev.nudge.lab.LabSetup;
import dev.nudge.lab.LabUpdate;
import dev.nudge.math.Rational;
import java.util.ArrayList;
import java.util.Optional;

/**
 * The lab as a page of the tutor: keys become {@link Lab} inputs, a running descent steps on ticks the runtime is
 * asked to deliver, and leaving goes back to the lab step (or ends the session, for the lab on its own).
 */
final class LabPage {
    private LabPage() {
    }

    /** Opens the lab page on {@code setup}, coming back to the current step when it is left. */
    static Update open(TutorState state, LabSetup setup) {
        return Update.to(state.withPage(Page.LAB).withLab(Optional.of(new LabVisit(LabModel.start(setup), false))));
    }

    /**
     * The lab's keys as the tutor dispatches them: each binding of {@link LabKeymap} asks the lab of the visit for
     * its input. A key the lab does not know changes nothing there, so the catch-all keeps the lab's screen quiet.
     */
    static Keymap<KeyAction> keymap(TutorState state) {
        var visit = state.activity().lab();
        if (visit.isEmpty()) {
            return Keymap.of();
        }
        var bindings = new ArrayList<KeyBinding<KeyAction>>();
        for (var binding : LabKeymap.KEYMAP.bindings()) {
            bindings.add(KeyAction.bind(binding.label(), (s, key) -> onInput(s, visit.get(), binding.action()),
                    binding.keys()));
        }
        bindings.add(KeyAction.bind("key.other", (s, key) -> Update.to(s), KeyPattern.any()));
        return new Keymap<>(bindings);
    }

    /** A tick came due: a running descent takes its step and asks for the next one; anything else ignores it. */
    static Update onTick(TutorState state) {
        return state.activity().lab().filter(visit -> visit.model().running())
                .map(visit -> shown(state, visit, Lab.update(visit.model(), LabInput.TICK)))
                .orElseGet(() -> Update.to(state));
    }

    static Update onParameterTyped(TutorState state, String name, Rational value) {
        return state.activity().lab().map(visit -> shown(state, visit, Lab.set(visit.model(), name, value)))
                .orElseGet(() -> Update.to(state));
    }

    private static Update onInput(TutorState state, LabVisit visit, LabInput input) {
        var update = Lab.update(visit.model(), input);
        if (update.leaves()) {
            return visit.endsSession() ? Update.to(state, new Effect.Quit())
                    : Update.to(state.withLab(Optional.empty()).withPage(Page.LESSON));
        }
        if (update.model().running() && !visit.model().running()) {
            // The descent takes its first step with the key that starts it, then one at every tick.
            return shown(state, visit, Lab.update(update.model(), LabInput.TICK));
        }
        return Update.to(state.withLab(Optional.of(visit.with(update.model()))));
    }

    /** The state showing {@code update}'s model, asking for the next tick while the descent runs. */
    private static Update shown(TutorState state, LabVisit visit, LabUpdate update) {
        var next = Update.to(state.withLab(Optional.of(visit.with(update.model()))));
        return update.model().running() ? next.and(new Effect.Tick(Effect.Tick.DESCENT_MILLIS)) : next;
    }
}
