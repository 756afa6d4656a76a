package dev.nudge.progress.jdbc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes recorded and not yet written, oldest first, shared by the threads that record (one per session) and
 * the store's writer. It is kept short by construction, so that nobody's answer waits behind another learner's
 * navigation:
 * <ul>
 *   <li>a learner's page visits that follow each other are kept as one {@link VisitRun}, at most one row per step;</li>
 *   <li>one learner may have at most {@link #PER_LEARNER} changes waiting while the disk keeps up; their session
 *       waits to record more, so a flood slows only the learner who floods;</li>
 *   <li>while the database cannot be written, nobody waits, and at most {@link #MEMORY_BOUND} changes are kept in
 *       memory in all: past that, changes are refused and counted, so an outage of the database cannot take the
 *       server's memory with it.</li>
 * </ul>
 * Every answer, guess, hint, shown answer, reset and key use within those bounds is kept, in order.
 */
final class WaitingChanges {
    /** Changes one learner may have waiting before their session waits for the writer. */
    static final int PER_LEARNER = 1_000;
    /** Changes kept in memory in all while the database cannot be written (a few hundred bytes each). */
    static final int MEMORY_BOUND = 100_000;

    /** What became of a change given to {@link #add}. */
    enum Added { KEPT, CLOSED, OVER_BOUND }

    private final ArrayDeque<StoreChange> queue = new ArrayDeque<>();
    /** Each learner's run of visits that the writer has not taken yet, which later visits join. */
    private final Map<String, VisitRun> openRuns = new HashMap<>();
    private final Map<String, Integer> waitingByLearner = new HashMap<>();
    /** While the disk keeps up, a learner with too much waiting waits; when it fails, everything is kept in memory. */
    private boolean holdingBack = true;
    private boolean closed;
    private int total;
    private Unsaved refused = Unsaved.NONE;

    /** Waits while {@code learner} has {@link #PER_LEARNER} changes waiting and the disk keeps up. */
    synchronized void awaitRoom(String learner) throws InterruptedException {
        while (!closed && holdingBack && waiting(learner) >= PER_LEARNER) {
            wait();
        }
    }

    /**
     * Adds {@code change} after the others; keeps nothing once the store is closed, nor past {@link #MEMORY_BOUND}
     * while the database cannot be written.
     */
    synchronized Added add(StoreChange change) {
        if (closed) {
            return Added.CLOSED;
        }
        if (!holdingBack && total >= MEMORY_BOUND) {
            refused = refused.plus(new Unsaved(change.answers(), change.size() - change.answers()));
            return Added.OVER_BOUND;
        }
        var learner = change.learner();
        var run = openRuns.get(learner);
        if (change instanceof StoreChange.Append append && append.isVisit()) {
            if (run == null) {
                run = new VisitRun(append);
                openRuns.put(learner, run);
                queue.add(run);
            } else {
                int before = run.size();
                run.add(append);
                count(learner, run.size() - before);
                return Added.KEPT;
            }
        } else {
            openRuns.remove(learner);
            queue.add(change);
        }
        count(learner, change.size());
        return Added.KEPT;
    }

    /**
     * The oldest changes, up to about {@code most} of them, left in place until {@link #written}; runs of visits
     * among them take no more visits from now on.
     */
    synchronized List<StoreChange> oldest(int most) {
        var batch = new ArrayList<StoreChange>();
        int size = 0;
        for (var change : queue) {
            if (size >= most) {
                break;
            }
            if (change instanceof VisitRun run) {
                openRuns.remove(run.learner(), run);
            }
            batch.add(change);
            size += change.size();
        }
        return batch;
    }

    /** Takes away {@code batch}, the oldest changes, now that they are in the file. */
    synchronized void written(List<StoreChange> batch) {
        for (var change : batch) {
            var removed = queue.remove();
            if (removed != change) {
                throw new IllegalStateException("only the oldest changes can be written");
            }
            count(change.learner(), -change.size());
        }
        notifyAll();
    }

    /** {@code learner}'s waiting changes, in order, with runs copied out as single visits. */
    synchronized List<StoreChange> of(String learner) {
        var changes = new ArrayList<StoreChange>();
        for (var change : queue) {
            if (!change.learner().equals(learner)) {
                continue;
            }
            if (change instanceof VisitRun run) {
                changes.addAll(run.visits());
            } else {
                changes.add(change);
            }
        }
        return changes;
    }

    synchronized boolean isEmpty() {
        return queue.isEmpty();
    }

    /** Whether a learner with too much waiting waits (while saving) or not (while progress is kept in memory). */
    synchronized void holdBack(boolean hold) {
        holdingBack = hold;
        notifyAll();
    }

    /** The changes refused past {@link #MEMORY_BOUND} so far: never kept, never written. */
    synchronized Unsaved refused() {
        return refused;
    }

    /** Refuses every change from now on and returns what is still waiting, never to be written. */
    synchronized Unsaved close() {
        closed = true;
        notifyAll();
        int answers = 0;
        int others = 0;
        for (var change : queue) {
            answers += change.answers();
            others += change.size() - change.answers();
        }
        return new Unsaved(answers, others);
    }

    private int waiting(String learner) {
        return waitingByLearner.getOrDefault(learner, 0);
    }

    private void count(String learner, int change) {
        total += change;
        waitingByLearner.merge(learner, change, (before, delta) -> before + delta == 0 ? null : before + delta);
    }
}
