package dev.nudge.progress.jdbc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;

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
 *
 * <p>Recording takes no lock that another session or the writer holds for more than a moment: a change goes into a
 * lock-free inbox, and its learner's count is kept per learner, so a thousand sessions recording at once do not queue
 * behind one another (see docs/benchmarks.md). The writer, and the rare callers who read the queue, sort the inbox
 * into the queue first.
 */
final class WaitingChanges {
    /** Changes one learner may have waiting before their session waits for the writer. */
    static final int PER_LEARNER = 1_000;
    /** Changes kept in memory in all while the database cannot be written (a few hundred bytes each). */
    static final int MEMORY_BOUND = 100_000;

    /** What became of a change given to {@link #add}. */
    enum Added { KEPT, CLOSED, OVER_BOUND }

    /** Changes recorded and not yet sorted into {@link #queue}, oldest first. */
    private final ConcurrentLinkedQueue<StoreChange> inbox = new ConcurrentLinkedQueue<>();
    /** The queue, guarded by this object's lock. */
    private final ArrayDeque<StoreChange> queue = new ArrayDeque<>();
    /** Each learner's run of visits that the writer has not taken yet, which later visits join. */
    private final Map<String, VisitRun> openRuns = new HashMap<>();
    /** Each learner's changes waiting, in the inbox or the queue (a visit joining a run counts once it is sorted). */
    private final ConcurrentHashMap<String, Integer> waitingByLearner = new ConcurrentHashMap<>();
    /** Recording holds it shared, closing alone: no change slips in after closing has counted what is left. */
    private final ReentrantReadWriteLock closing = new ReentrantReadWriteLock();
    /** While the disk keeps up, a learner with too much waiting waits; when it fails, everything is kept in memory. */
    private volatile boolean holdingBack = true;
    private volatile boolean closed;
    /** Every learner's changes waiting, in the inbox or the queue. */
    private final AtomicInteger total = new AtomicInteger();
    /** Guarded by this object's lock. */
    private Unsaved refused = Unsaved.NONE;

    /** Waits while {@code learner} has {@link #PER_LEARNER} changes waiting and the disk keeps up. */
    void awaitRoom(String learner) throws InterruptedException {
        if (!mustWait(learner)) {
            return;
        }
        synchronized (this) {
            // their visits may be many rows in the inbox and one in the queue
            sortIn();
            while (mustWait(learner)) {
                wait();
            }
        }
    }

    private boolean mustWait(String learner) {
        return !closed && holdingBack && waiting(learner) >= PER_LEARNER;
    }

    /**
     * Adds {@code change} after the others; keeps nothing once the store is closed, nor past {@link #MEMORY_BOUND}
     * while the database cannot be written.
     */
    Added add(StoreChange change) {
        var shared = closing.readLock();
        shared.lock();
        try {
            if (closed) {
                return Added.CLOSED;
            }
            if (!holdingBack && total.get() >= MEMORY_BOUND) {
                refuse(change);
                return Added.OVER_BOUND;
            }
            inbox.add(change);
            count(change.learner(), change.size());
            return Added.KEPT;
        } finally {
            shared.unlock();
        }
    }

    private synchronized void refuse(StoreChange change) {
        refused = refused.plus(new Unsaved(change.answers(), change.size() - change.answers()));
    }

    /** Moves the inbox into the queue, joining each visit to its learner's open run. */
    private void sortIn() {
        for (var change = inbox.poll(); change != null; change = inbox.poll()) {
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
                    count(learner, run.size() - before - change.size());
                }
            } else {
                openRuns.remove(learner);
                queue.add(change);
            }
        }
    }

    /**
     * The oldest changes, up to about {@code most} of them, left in place until {@link #written}; runs of visits
     * among them take no more visits from now on.
     */
    synchronized List<StoreChange> oldest(int most) {
        sortIn();
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
        sortIn();
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
        sortIn();
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
    Unsaved close() {
        var alone = closing.writeLock();
        alone.lock();
        try {
            closed = true;
        } finally {
            alone.unlock();
        }
        return unsaved();
    }

    private synchronized Unsaved unsaved() {
        sortIn();
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
        if (change != 0) {
            total.addAndGet(change);
            waitingByLearner.merge(learner, change, (before, delta) -> before + delta == 0 ? null : before + delta);
        }
    }
}
