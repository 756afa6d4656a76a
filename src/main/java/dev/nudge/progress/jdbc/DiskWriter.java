package dev.nudge.progress.jdbc;

import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StoreHealth;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/**
 * The store's side that touches the database, used by the writer thread only. It writes the {@link WaitingChanges}
 * in order, a batch of them per transaction; a batch that fails stays waiting (with everything after it) and is tried
 * again with the next change or the next retry, so a full disk, a long lock or a database that went away costs
 * nothing once it clears.
 */
final class DiskWriter {
    /**
     * Changes per transaction, at most (about: a run of visits is never split). Large enough that the commit's
     * {@code fsync} is shared by many changes, small enough that an answer behind a full batch still waits only
     * milliseconds.
     */
    static final int BATCH = 1_000;

    private final EventDatabase database;
    private final StoreHealth openedHealth;
    private final WaitingChanges waiting;
    private final Consumer<StoreHealth> healthSink;
    private StoreHealth health;

    DiskWriter(EventDatabase database, StoreHealth openedHealth, WaitingChanges waiting,
            Consumer<StoreHealth> healthSink) {
        this.database = database;
        this.openedHealth = openedHealth;
        this.waiting = waiting;
        this.healthSink = healthSink;
        this.health = openedHealth;
        waiting.holdBack(database.writable());
    }

    /** Writes the oldest batch waiting; returns whether more is waiting and writing works. */
    boolean writeBatch() {
        if (!database.writable()) {
            return false;
        }
        var batch = waiting.oldest(BATCH);
        if (batch.isEmpty()) {
            return false;
        }
        try {
            database.use(connection -> {
                WriteBatch.write(connection, database.dialect(), batch);
                return null;
            });
        } catch (SQLException e) {
            waiting.holdBack(false);
            report(StoreHealth.notSaving(database.cannotSave(e)));
            return false;
        }
        waiting.written(batch);
        waiting.holdBack(true);
        report(openedHealth);
        return !waiting.isEmpty();
    }

    /** Writes batches until nothing is waiting, writing fails, or {@code deadlineNanos} (of {@link System#nanoTime}). */
    void writeUntil(long deadlineNanos) {
        while (writeBatch() && System.nanoTime() - deadlineNanos < 0) {
            // each round writes one batch
        }
    }

    /**
     * Tries the database again after a failure: writes what waits, or, when nothing does, asks whether it answers,
     * so the learner hears it is back. Returns whether progress is being saved again.
     */
    boolean retry() {
        if (waiting.isEmpty()) {
            try {
                if (!database.use(connection -> connection.isValid(0))) {
                    throw new SQLException("the database does not answer");
                }
                waiting.holdBack(true);
                report(openedHealth);
            } catch (SQLException e) {
                report(StoreHealth.notSaving(database.cannotSave(e)));
            }
        } else {
            writeUntil(System.nanoTime() + JdbcProgressStore.COMMIT_BOUND.toNanos());
        }
        return health.saving();
    }

    /**
     * The learner's events: what the database holds, then what is still waiting. Nothing is written first, so a load
     * never waits for a flood of someone else's changes; only this thread writes, so nothing moves in between.
     */
    List<ProgressEvent> events(String learner) {
        List<ProgressEvent> events = List.of();
        if (database.readable()) {
            try {
                events = database.use(connection -> EventTable.events(connection, database.dialect(), learner));
            } catch (SQLException e) {
                report(StoreHealth.notSaving(database.cannotRead(e)));
            }
        }
        for (var change : waiting.of(learner)) {
            events = change.applyTo(events);
        }
        return events;
    }

    /** Whether progress was last being saved; when not, what went wrong. */
    StoreHealth health() {
        return health;
    }

    /** Writes what it can until {@code deadlineNanos}, then lets go of the database. */
    void close(long deadlineNanos) {
        writeUntil(deadlineNanos);
        database.close();
    }

    private void report(StoreHealth newHealth) {
        if (!newHealth.equals(health)) {
            health = newHealth;
            healthSink.accept(newHealth);
        }
    }
}
