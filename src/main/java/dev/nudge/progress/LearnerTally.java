package dev.nudge.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One learner's figures as a teacher's report needs them, and no more: per step they did anything at, whether they
 * answered it and got it right at the first try, and the hints they took. A progress file computes these in SQL, so
 * a report never holds a learner's events; {@link #of(LearnerHistory)} computes the same from the events, with the
 * replay the tutor uses, which is what the SQL must agree with.
 *
 * @param learner the learner's name, as stored (not yet made safe to show)
 * @param lastActive when the learner last did something
 * @param position the step the learner last visited, where they would continue
 * @param steps every step with any event of the learner's
 * @param fingerprints the fingerprints of the keys that logged in under this name, first seen first
 */
public record LearnerTally(String learner, Instant lastActive, Optional<StepKey> position, List<StepTally> steps,
        List<String> fingerprints) {
    public LearnerTally {
        steps = List.copyOf(steps);
        fingerprints = List.copyOf(fingerprints);
    }

    /**
     * What a learner did at one step.
     *
     * @param attempted answered or guessed at least once
     * @param firstTry the first answer was right, and the answer had not been shown before it
     * @param hints the highest hint level taken
     */
    public record StepTally(StepKey step, boolean attempted, boolean firstTry, int hints) {
    }

    /** The tally of {@code history}, by replaying its events. */
    public static LearnerTally of(LearnerHistory history) {
        var progress = history.progress();
        var steps = new ArrayList<StepTally>();
        progress.steps().forEach((step, done) ->
                steps.add(new StepTally(step, done.attempts() > 0, done.firstTry(), done.hints())));
        return new LearnerTally(history.learner(), history.lastActive(), progress.position(), steps, List.of());
    }
}
