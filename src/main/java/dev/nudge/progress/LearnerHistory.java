package dev.nudge.progress;

import java.time.Instant;
import java.util.List;

/**
 * Everything one learner did, in order, and when they last did something: what a teacher's report is made from.
 *
 * @param learner the learner's name
 * @param events every event kept for the learner, oldest first
 * @param lastActive when the latest event happened
 */
public record LearnerHistory(String learner, List<ProgressEvent> events, Instant lastActive) {
    public LearnerHistory {
        events = List.copyOf(events);
    }

    public Progress progress() {
        return Progress.replay(events);
    }
}
