package dev.nudge.progress;

import java.util.Optional;

/**
 * Whether a store is keeping progress, so the tutor can tell the learner when it is not, instead of losing their
 * work in silence.
 *
 * @param saving progress is kept as the store promises; when false it is kept in memory only, until the process
 *     ends
 * @param problem what went wrong, naming the file and what to do, to be said in the reader's language; present also
 *     while saving when something was repaired at start (such as a damaged file set aside)
 */
public record StoreHealth(boolean saving, Optional<StoreMessage> problem) {
    public static final StoreHealth SAVING = new StoreHealth(true, Optional.empty());

    public StoreHealth {
        if (problem == null || (!saving && problem.isEmpty())) {
            throw new IllegalArgumentException("a store that is not saving must say why");
        }
    }

    public static StoreHealth notSaving(StoreMessage problem) {
        return new StoreHealth(false, Optional.of(problem));
    }

    public static StoreHealth savingAfter(StoreMessage problem) {
        return new StoreHealth(true, Optional.of(problem));
    }
}
