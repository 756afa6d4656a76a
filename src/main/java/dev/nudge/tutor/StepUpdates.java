package dev.nudge.tutor;

import dev.nudge.step.StepUpdate;
import java.util.ArrayList;

/** Applies what a kind of step asked for while it handled a key to the tutor's state, as one update. */
final class StepUpdates {
    private StepUpdates() {
    }

    static Update apply(TutorState state, StepUpdate asked) {
        var next = state.withSession(asked.session()).withChecking(asked.checking());
        next = asked.notice().map(next::withNotice).orElseGet(next::withoutNotice);
        if (asked.atEnd()) {
            next = next.withScroll(next.scroll().toEnd());
        }
        var effects = new ArrayList<Effect>();
        for (var event : asked.events()) {
            var recorded = Moves.record(next, event);
            next = recorded.state();
            effects.addAll(recorded.effects());
        }
        if (asked.lab().isPresent()) {
            var opened = LabPage.open(next, asked.lab().get());
            effects.addAll(opened.effects());
            return new Update(opened.state(), effects);
        }
        if (!asked.next()) {
            return new Update(next, effects);
        }
        var moved = Moves.next(next);
        effects.addAll(moved.effects());
        return new Update(moved.state(), effects);
    }
}
