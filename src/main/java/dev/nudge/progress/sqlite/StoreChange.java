package dev.nudge.progress.sqlite;

import dev.nudge.progress.ProgressEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A change waiting for the disk. Changes are written in order, each in its own transaction; those that could not be
 * written yet stay in memory and are applied over what the file holds, so the session goes on as if they were saved.
 */
sealed interface StoreChange {
    String learner();

    void write(Connection connection) throws SQLException;

    /** The learner's events after this change, given the events before it. */
    List<ProgressEvent> applyTo(List<ProgressEvent> events);

    /** An event the learner caused, at the time it happened. */
    record Append(String learner, Instant at, ProgressEvent event) implements StoreChange {
        @Override
        public void write(Connection connection) throws SQLException {
            EventTable.append(connection, learner, at, event);
        }

        @Override
        public List<ProgressEvent> applyTo(List<ProgressEvent> events) {
            var after = new ArrayList<>(events);
            after.add(event);
            return after;
        }
    }

    /** Everything the learner did in one lesson, forgotten. */
    record Reset(String learner, String lessonId) implements StoreChange {
        @Override
        public void write(Connection connection) throws SQLException {
            EventTable.reset(connection, learner, lessonId);
        }

        @Override
        public List<ProgressEvent> applyTo(List<ProgressEvent> events) {
            return events.stream().filter(event -> !event.step().lessonId().equals(lessonId)).toList();
        }
    }

    /** The learner logged in with the key of {@code fingerprint}: kept beside the progress, which it does not change. */
    record KeyUsed(String learner, Instant at, String fingerprint) implements StoreChange {
        @Override
        public void write(Connection connection) throws SQLException {
            KeyTable.used(connection, learner, at, fingerprint);
        }

        @Override
        public List<ProgressEvent> applyTo(List<ProgressEvent> events) {
            return events;
        }
    }
}
