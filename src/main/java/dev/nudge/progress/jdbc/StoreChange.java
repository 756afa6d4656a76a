package dev.nudge.progress.jdbc;

import dev.nudge.progress.ProgressEvent;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A change waiting for the disk. Changes are written in order, many to a transaction; those that could not be written
 * yet stay in memory and are applied over what the file holds, so the session goes on as if they were saved.
 */
public sealed interface StoreChange permits StoreChange.Append, StoreChange.Reset, StoreChange.KeyUsed, VisitRun {
    String learner();

    void write(WriteBatch batch) throws SQLException;

    /** The learner's events after this change, given the events before it. */
    List<ProgressEvent> applyTo(List<ProgressEvent> events);

    /** How many changes this stands for (a run of visits stands for each visit in it). */
    default int size() {
        return 1;
    }

    /** How many of them are answers (a quiz answer or a guess): what a shutdown that cannot save says first. */
    default int answers() {
        return 0;
    }

    /** An event the learner caused, at the time it happened. */
    record Append(String learner, Instant at, ProgressEvent event) implements StoreChange {
        @Override
        public void write(WriteBatch batch) throws SQLException {
            batch.append(learner, at, event);
        }

        @Override
        public List<ProgressEvent> applyTo(List<ProgressEvent> events) {
            var after = new ArrayList<>(events);
            after.add(event);
            return after;
        }

        @Override
        public int answers() {
            return event instanceof ProgressEvent.Answered || event instanceof ProgressEvent.Guessed ? 1 : 0;
        }

        boolean isVisit() {
            return event instanceof ProgressEvent.Visited;
        }
    }

    /** Everything the learner did in one lesson, forgotten. */
    record Reset(String learner, String lessonId) implements StoreChange {
        @Override
        public void write(WriteBatch batch) throws SQLException {
            batch.reset(learner, lessonId);
        }

        @Override
        public List<ProgressEvent> applyTo(List<ProgressEvent> events) {
            return events.stream().filter(event -> !event.step().lessonId().equals(lessonId)).toList();
        }
    }

    /** The learner logged in with the key of {@code fingerprint}: kept beside the progress, which it does not change. */
    record KeyUsed(String learner, Instant at, String fingerprint) implements StoreChange {
        @Override
        public void write(WriteBatch batch) throws SQLException {
            batch.keyUsed(learner, at, fingerprint);
        }

        @Override
        public List<ProgressEvent> applyTo(List<ProgressEvent> events) {
            return events;
        }
    }
}
