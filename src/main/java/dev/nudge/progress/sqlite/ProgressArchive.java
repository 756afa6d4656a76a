package dev.nudge.progress.sqlite;

import dev.nudge.progress.LearnerTally;
import dev.nudge.progress.StepKey;
import dev.nudge.progress.TallySink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A progress file's figures for a teacher's report, computed by SQLite and handed on a learner at a time: memory
 * grows with the number of learners and of steps a learner touched, never with the number of events, so a file of
 * a large class over a long course is read in a small heap. It reads while tutors and the class server write to the
 * same file (the write-ahead log gives it one consistent snapshot without blocking them), never writes (not even to
 * migrate: a file in a folder the teacher may only read reports as well), and accepts every schema up to the current.
 */
public final class ProgressArchive {
    /** Per learner and step: was there an attempt, was the first one right with no answer shown before, hints. */
    private static final String STEPS = "WITH steps AS ("
            + " SELECT learner, lesson, step,"
            + " min(CASE WHEN kind IN ('answered', 'guessed') THEN id END) AS first_attempt,"
            + " min(CASE WHEN kind = 'answer-shown' THEN id END) AS first_shown,"
            + " coalesce(max(hint_level), 0) AS hints"
            + " FROM event GROUP BY learner, lesson, step)"
            + " SELECT s.learner, s.lesson, s.step, s.first_attempt IS NOT NULL,"
            + " coalesce(a.correct = 1 AND (s.first_shown IS NULL OR s.first_shown > s.first_attempt), 0), s.hints"
            + " FROM steps s LEFT JOIN event a ON a.id = s.first_attempt"
            + " ORDER BY s.learner, s.lesson, s.step";
    /** Per learner: when last active, and the step of the latest visit. */
    private static final String LEARNERS = "WITH last AS ("
            + " SELECT learner, max(at_millis) AS active, max(CASE WHEN kind = 'visited' THEN id END) AS visit"
            + " FROM event GROUP BY learner)"
            + " SELECT l.learner, l.active, v.lesson, v.step FROM last l LEFT JOIN event v ON v.id = l.visit";
    private static final String QUESTIONS = "SELECT lesson, step, max(kind = 'answered') FROM event"
            + " WHERE kind IN ('answered', 'guessed') GROUP BY lesson, step";
    private static final String KEYS = "SELECT learner, fingerprint FROM learner_key"
            + " ORDER BY learner, first_seen_millis, fingerprint";

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
            int version = Schema.version(connection);
            if (version > Schema.CURRENT) {
                throw new NewerSchemaException(version, Schema.CURRENT);
            }
            if (version > 0) {
                tally(connection, version, sink);
            } else {
                sink.questions(Map.of());
            }
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

    private static void tally(Connection connection, int version, TallySink sink) throws SQLException {
        sink.questions(questions(connection));
        var keys = version >= 2 ? fingerprints(connection) : Map.<String, List<String>>of();
        var learners = learners(connection);
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(STEPS)) {
            String learner = null;
            var steps = new ArrayList<LearnerTally.StepTally>();
            while (rows.next()) {
                var name = rows.getString(1);
                if (!name.equals(learner)) {
                    finish(learner, steps, learners, keys, sink);
                    learner = name;
                    steps = new ArrayList<>();
                }
                steps.add(new LearnerTally.StepTally(new StepKey(rows.getString(2), rows.getString(3)),
                        rows.getBoolean(4), rows.getBoolean(5), rows.getInt(6)));
            }
            finish(learner, steps, learners, keys, sink);
        }
    }

    private static void finish(String learner, List<LearnerTally.StepTally> steps, Map<String, Last> learners,
            Map<String, List<String>> keys, TallySink sink) {
        if (learner != null) {
            var last = learners.get(learner);
            sink.learner(new LearnerTally(learner, last.active(), last.position(), steps,
                    keys.getOrDefault(learner, List.of())));
        }
    }

    /** When a learner was last active and where they are. */
    private record Last(Instant active, Optional<StepKey> position) {
    }

    private static Map<String, Last> learners(Connection connection) throws SQLException {
        var learners = new HashMap<String, Last>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(LEARNERS)) {
            while (rows.next()) {
                var lesson = rows.getString(3);
                var position = lesson == null ? Optional.<StepKey>empty()
                        : Optional.of(new StepKey(lesson, rows.getString(4)));
                learners.put(rows.getString(1), new Last(Instant.ofEpochMilli(rows.getLong(2)), position));
            }
        }
        return learners;
    }

    private static Map<StepKey, String> questions(Connection connection) throws SQLException {
        var kinds = new HashMap<StepKey, String>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(QUESTIONS)) {
            while (rows.next()) {
                kinds.put(new StepKey(rows.getString(1), rows.getString(2)),
                        rows.getBoolean(3) ? TallySink.QUIZ : TallySink.GUESS);
            }
        }
        return kinds;
    }

    private static Map<String, List<String>> fingerprints(Connection connection) throws SQLException {
        var keys = new HashMap<String, List<String>>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(KEYS)) {
            while (rows.next()) {
                keys.computeIfAbsent(rows.getString(1), name -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return keys;
    }
}
