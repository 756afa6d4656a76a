package dev.nudge.progress.jdbc;

import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * One learner's page visits that arrived while nothing else of theirs did, kept as the latest visit of each step in
 * the order of those latest visits. Flipping through pages faster than the disk takes them then costs at most one
 * row per step, not one per key, and replaying the run gives the same progress as replaying every visit: each step
 * is seen, and the last one visited is still the place to continue from.
 *
 * <p>Only {@link WaitingChanges} changes a run, under its lock, and only until the writer takes the run.
 */
final class VisitRun implements StoreChange {
    private final String learner;
    private final LinkedHashMap<StepKey, Append> latest = new LinkedHashMap<>();

    VisitRun(Append first) {
        this.learner = first.learner();
        add(first);
    }

    void add(Append visit) {
        // Removed first, so that a step visited again moves to the end: the last visit stays last.
        latest.remove(visit.event().step());
        latest.put(visit.event().step(), visit);
    }

    /** The visits as they would be written, copied, for readers outside the lock. */
    List<Append> visits() {
        return List.copyOf(latest.values());
    }

    @Override
    public String learner() {
        return learner;
    }

    @Override
    public void write(WriteBatch batch) throws SQLException {
        for (var visit : latest.values()) {
            visit.write(batch);
        }
    }

    @Override
    public List<ProgressEvent> applyTo(List<ProgressEvent> events) {
        var after = events;
        for (var visit : latest.values()) {
            after = visit.applyTo(after);
        }
        return after;
    }

    @Override
    public int size() {
        return latest.size();
    }
}
