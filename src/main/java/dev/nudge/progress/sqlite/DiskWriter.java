package dev.nudge.progress.sqlite;

import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StoreHealth;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The store's side that touches the file, used by the writer thread only. It writes the {@link WaitingChanges} in
 * order, a batch of them per transaction; a batch that fails stays waiting (with everything after it) and is tried
 * again with the next change, so a full disk or a long lock costs nothing once it clears.
 */
final class DiskWriter {
    /**
     * Changes per transaction, at most (about: a run of visits is never split). Large enough that the commit's
     * {@code fsync} is shared by many changes, small enough that an answer behind a full batch still waits only
     * milliseconds.
     */
    static final int BATCH = 1_000;

    private final Path file;
    private final Optional<Connection> connection;
    private final boolean writable;
    private final StoreHealth openedHealth;
    private final WaitingChanges waiting;
    private final Consumer<StoreHealth> healthSink;
    private StoreHealth health;

    DiskWriter(Path file, Opened opened, WaitingChanges waiting, Consumer<StoreHealth> healthSink) {
        this.file = file;
        this.connection = opened.connection();
        this.writable = opened.writable();
        this.openedHealth = opened.health();
        this.waiting = waiting;
        this.healthSink = healthSink;
        this.health = opened.health();
        waiting.holdBack(connection.isPresent() && writable);
    }

    /** Writes the oldest batch waiting; returns whether more is waiting and writing works. */
    boolean writeBatch() {
        if (connection.isEmpty() || !writable) {
            return false;
        }
        var batch = waiting.oldest(BATCH);
        if (batch.isEmpty()) {
            return false;
        }
        try {
            WriteBatch.write(connection.get(), batch);
        } catch (SQLException e) {
            waiting.holdBack(false);
            report(StoreHealth.notSaving(StoreMessages.cannotSave(file, FailureReason.of(e))));
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
     * The learner's events: what the file holds, then what is still waiting. Nothing is written first, so a load
     * never waits for a flood of someone else's changes; only this thread writes, so nothing moves in between.
     */
    List<ProgressEvent> events(String learner) {
        List<ProgressEvent> events = List.of();
        if (connection.isPresent()) {
            try {
                events = EventTable.events(connection.get(), learner);
            } catch (SQLException e) {
                report(StoreHealth.notSaving(StoreMessages.cannotOpen(file, FailureReason.of(e))));
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

    /** Writes what it can until {@code deadlineNanos}, then lets go of the file. */
    void close(long deadlineNanos) {
        writeUntil(deadlineNanos);
        if (connection.isPresent()) {
            try {
                connection.get().close();
            } catch (SQLException e) {
                // every change is committed or still counted as waiting; closing has nothing left to lose
            }
        }
    }

    private void report(StoreHealth newHealth) {
        if (!newHealth.equals(health)) {
            health = newHealth;
            healthSink.accept(newHealth);
        }
    }
}
