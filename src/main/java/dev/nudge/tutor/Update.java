package dev.nudge.tutor;

import java.util.ArrayList;
import java.util.List;

/** The result of {@link Tutor#update}: the next state and the effects the runtime must carry out. */
public record Update(TutorState state, List<Effect> effects) {
    public Update {
        if (state == null) {
            throw new IllegalArgumentException("an update needs a state");
        }
        effects = List.copyOf(effects);
    }

    static Update to(TutorState state, Effect... effects) {
        return new Update(state, List.of(effects));
    }

    /** This update with {@code more} effects after its own. */
    Update and(Effect... more) {
        var all = new ArrayList<>(effects);
        all.addAll(List.of(more));
        return new Update(state, all);
    }

    public boolean quits() {
        return effects.stream().anyMatch(Effect.Quit.class::isInstance);
    }
}
