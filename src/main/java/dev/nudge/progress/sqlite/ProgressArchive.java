package dev.nudge.progress.sqlite;

import dev.nudge.progress.LearnerHistory;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * Every learner's history in a progress file, read in one transaction for a teacher's report. It reads while tutors
 * and the class server write to the same file: the write-ahead log gives it a consistent snapshot without blocking
 * them.
 */
public final class ProgressArchive {
    private ProgressArchive() {
    }

    /** Every learner in {@code file}, by name; the file must exist. The exception's message says what failed. */
    public static List<LearnerHistory> read(Path file) throws SQLException {
        try (var connection = Database.open(file)) {
            return EventTable.histories(connection);
        } catch (SQLException e) {
            throw new SQLException(FileOpening.reason(e), e.getSQLState(), e.getErrorCode(), e);
        }
    }
}
