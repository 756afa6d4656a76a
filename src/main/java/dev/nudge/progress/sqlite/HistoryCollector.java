package dev.nudge.progress.sqlite;

import dev.nudge.progress.LearnerHistory;
import dev.nudge.progress.ProgressEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Groups events that arrive ordered by learner into one {@link LearnerHistory} per learner. */
final class HistoryCollector {
    private final List<LearnerHistory> histories;
    private String learner;
    private List<ProgressEvent> events = new ArrayList<>();
    private Instant lastActive = Instant.EPOCH;

    HistoryCollector(List<LearnerHistory> histories) {
        this.histories = histories;
    }

    void add(String name, Instant at, ProgressEvent event) {
        if (!name.equals(learner)) {
            finish();
            learner = name;
        }
        events.add(event);
        lastActive = at.isAfter(lastActive) ? at : lastActive;
    }

    void finish() {
        if (learner != null) {
            histories.add(new LearnerHistory(learner, events, lastActive));
        }
        learner = null;
        events = new ArrayList<>();
        lastActive = Instant.EPOCH;
    }
}
