package dev.nudge.progress.sqlite;

import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StoreHealth;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The store's side that touches the file, used by one thread only. Changes queue up in order; each is written in
 * its own transaction, and one that fails stays queued (with the ones after it) and is tried again with the next
 * change, so a full disk or a long lock costs nothing once it clears.
 */
final class DiskWriter {
    private final Path file;
    private final Optional<Connection> connection;
    private final boolean writable;
    private final StoreHealth openedHealth;
    private final Consumer<StoreHealth> healthSink;
    private final ArrayDeque<StoreChange> unwritten = new ArrayDeque<>();
    private StoreHealth health;

    DiskWriter(Path file, Opened opened, Consumer<StoreHealth> healthSink) {
        this.file = file;
        this.connection = opened.connection();
        this.writable = opened.writable();
        this.openedHealth = opened.health();
        this.healthSink = healthSink;
        this.health = opened.health();
    }

    void write(StoreChange change) {
        unwritten.add(change);
        drain();
    }

    /** The learner's events: what the file holds, then what is still waiting to be written. */
    List<ProgressEvent> events(String learner) {
        drain();
        List<ProgressEvent> events = List.of();
        if (connection.isPresent()) {
            try {
                events = EventTable.events(connection.get(), learner);
            } catch (SQLException e) {
                report(StoreHealth.notSaving(StoreMessages.cannotOpen(file, FileOpening.reason(e))));
            }
        }
        for (var change : unwritten) {
            if (change.learner().equals(learner)) {
                events = change.applyTo(events);
            }
        }
        return events;
    }

    /** Writes what it can, then lets go of the file. */
    void close() {
        drain();
        if (connection.isPresent()) {
            try {
                connection.get().close();
            } catch (SQLException e) {
                // every change is committed or reported already; closing has nothing left to lose
            }
        }
    }

    private void drain() {
        if (connection.isEmpty() || !writable) {
            return;
        }
        while (!unwritten.isEmpty()) {
            try {
                unwritten.peek().write(connection.get());
                unwritten.remove();
            } catch (SQLException e) {
                report(StoreHealth.notSaving(StoreMessages.cannotSave(file, FileOpening.reason(e))));
                return;
            }
        }
        report(openedHealth);
    }

    private void report(StoreHealth newHealth) {
        if (!newHealth.equals(health)) {
            health = newHealth;
            healthSink.accept(newHealth);
        }
    }
}
