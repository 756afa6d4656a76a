package dev.nudge.tutor;

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

    public boolean quits() {
        return effects.stream().anyMatch(Effect.Quit.class::isInstance);
    }
}
