package dev.nudge.progress.sqlite;

import dev.nudge.progress.ProgressEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The statements on the {@code event} table: each change is one statement, so one transaction of its own. */
final class EventTable {
    private EventTable() {
    }

    static void append(Connection connection, String learner, Instant at, ProgressEvent event) throws SQLException {
        try (var insert = connection.prepareStatement(
                "INSERT INTO event (learner, at_millis, " + EventRow.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, learner);
            insert.setLong(2, at.toEpochMilli());
            EventRow.of(event).bind(insert, 3);
            insert.executeUpdate();
        }
    }

    static void reset(Connection connection, String learner, String lessonId) throws SQLException {
        try (var delete = connection.prepareStatement("DELETE FROM event WHERE learner = ? AND lesson = ?")) {
            delete.setString(1, learner);
            delete.setString(2, lessonId);
            delete.executeUpdate();
        }
    }

    /** The learner's events, oldest first; only that learner's rows are read. */
    static List<ProgressEvent> events(Connection connection, String learner) throws SQLException {
        var events = new ArrayList<ProgressEvent>();
        try (var select = connection.prepareStatement(
                "SELECT " + EventRow.COLUMNS + " FROM event WHERE learner = ? ORDER BY id")) {
            select.setString(1, learner);
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(EventRow.read(rows, 1).event());
                }
            }
        }
        return events;
    }
}
