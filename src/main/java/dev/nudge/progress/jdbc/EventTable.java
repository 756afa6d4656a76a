package dev.nudge.progress.jdbc;

import dev.nudge.progress.ProgressEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The statements on the {@code event} table. Writes are bound here and run by a {@link WriteBatch}. */
final class EventTable {
    static final String INSERT =
            "INSERT INTO event (learner, at_millis, " + EventRow.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    static final String DELETE_LESSON = "DELETE FROM event WHERE learner = ? AND lesson = ?";

    private EventTable() {
    }

    static void bindAppend(PreparedStatement insert, Dialect dialect, String learner, Instant at, ProgressEvent event)
            throws SQLException {
        insert.setString(1, learner);
        insert.setLong(2, at.toEpochMilli());
        EventRow.of(event).bind(insert, 3, dialect);
    }

    static void bindReset(PreparedStatement delete, String learner, String lessonId) throws SQLException {
        delete.setString(1, learner);
        delete.setString(2, lessonId);
    }

    /** The learner's events, oldest first; only that learner's rows are read. */
    static List<ProgressEvent> events(Connection connection, Dialect dialect, String learner) throws SQLException {
        var events = new ArrayList<ProgressEvent>();
        try (var select = connection.prepareStatement(
                "SELECT " + EventRow.COLUMNS + " FROM event WHERE learner = ? ORDER BY id")) {
            select.setString(1, learner);
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(EventRow.read(rows, 1, dialect).event());
                }
            }
        }
        return events;
    }
}
