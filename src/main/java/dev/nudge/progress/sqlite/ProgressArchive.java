package dev.nudge.progress.sqlite;

import dev.nudge.progress.TallySink;
import dev.nudge.progress.jdbc.Dialect;
import dev.nudge.progress.jdbc.EventTally;
import dev.nudge.progress.jdbc.NewerSchemaException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.Predicate;

/**
 * A progress file's figures for a teacher's report (see {@link EventTally}). It reads while tutors and the class
 * server write to the same file (the write-ahead log gives it one consistent snapshot without blocking them), never
 * writes (not even to migrate: a file in a folder the teacher may only read reports as well), and accepts every
 * schema up to the current.
 */
public final class ProgressArchive {
    private ProgressArchive() {
    }

    /**
     * Hands {@code sink} the figures of the progress file {@code file}; false when there is no file there yet. The
     * exception's message says what failed; {@link #advice} says what to do about it.
     */
    public static boolean read(Path file, TallySink sink) throws SQLException {
        return read(file, sink, Files::isWritable);
    }

    /** As {@link #read(Path, TallySink)}; {@code writable} says whether this process may write a folder. */
    static boolean read(Path file, TallySink sink, Predicate<Path> writable) throws SQLException {
        var found = FileLocation.of(file);
        if (found instanceof FileLocation.Missing) {
            return false;
        }
        if (found instanceof FileLocation.Unusable unusable) {
            throw new SQLException(unusable.reason().english());
        }
        var real = ((FileLocation.Present) found).real();
        try (var connection = Database.openReadOnly(real, writable.test(real.getParent()))) {
            connection.setAutoCommit(false); // one transaction, so every query sees the same snapshot
            EventTally.read(connection, Dialect.SQLITE, sink);
            connection.rollback();
            return true;
        } catch (NewerSchemaException e) {
            throw e;
        } catch (SQLException e) {
            throw new SQLException(FailureReason.of(e).english(), e.getSQLState(), e.getErrorCode(), e);
        }
    }

    /** What a teacher can do about {@code problem}, from {@link #read}: only what fits what went wrong. */
    public static String advice(SQLException problem) {
        if (problem instanceof NewerSchemaException) {
            return "Update nudge to report on it.";
        }
        int primary = problem.getErrorCode() & 0xff;
        if (primary == FileOpening.SQLITE_CORRUPT || primary == FileOpening.SQLITE_NOTADB) {
            return "It is damaged: start ./nudge once with the same --data, and it sets the file aside and says where.";
        }
        return "Check that it is a progress file you may read, or choose the folder with --data DIR.";
    }
}
