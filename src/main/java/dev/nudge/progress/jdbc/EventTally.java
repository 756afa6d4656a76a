package dev.nudge.progress.jdbc;

import dev.nudge.progress.LearnerTally;
import dev.nudge.progress.StepKey;
import dev.nudge.progress.TallySink;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The progress's figures for a teacher's report, computed by the database (SQLite or PostgreSQL, in SQL both run
 * alike) and handed on a learner at a time: memory grows with the number of learners and of steps a learner touched,
 * never with the number of events, so the progress of a large class over a long course is read in a small heap.
 */
public final class EventTally {
    /** Per learner and step: was there an attempt, was the first one right with no answer shown before, hints. */
    private static final String STEPS = "WITH steps AS ("
            + " SELECT learner, lesson, step,"
            + " min(CASE WHEN kind IN ('answered', 'guessed') THEN id END) AS first_attempt,"
            + " min(CASE WHEN kind = 'answer-shown' THEN id END) AS first_shown,"
            + " coalesce(max(hint_level), 0) AS hints"
            + " FROM event GROUP BY learner, lesson, step)"
            + " SELECT s.learner, s.lesson, s.step, s.first_attempt IS NOT NULL,"
            + " CASE WHEN a.correct = 1 AND (s.first_shown IS NULL OR s.first_shown > s.first_attempt)"
            + " THEN 1 ELSE 0 END, s.hints"
            + " FROM steps s LEFT JOIN event a ON a.id = s.first_attempt"
            + " ORDER BY s.learner, s.lesson, s.step";
    /** Per learner: when last active, and the step of the latest visit. */
    private static final String LEARNERS = "WITH last AS ("
            + " SELECT learner, max(at_millis) AS active, max(CASE WHEN kind = 'visited' THEN id END) AS visit"
            + " FROM event GROUP BY learner)"
            + " SELECT l.learner, l.active, v.lesson, v.step FROM last l LEFT JOIN event v ON v.id = l.visit";
    private static final String QUESTIONS = "SELECT lesson, step,"
            + " max(CASE WHEN kind = 'answered' THEN 1 ELSE 0 END) FROM event"
            + " WHERE kind IN ('answered', 'guessed') GROUP BY lesson, step";
    private static final String KEYS = "SELECT learner, fingerprint FROM learner_key"
            + " ORDER BY learner, first_seen_millis, fingerprint";

    private EventTally() {
    }

    /**
     * Hands {@code sink} the figures of the database behind {@code connection}, read in the caller's transaction, and
     * returns its schema version (0: nothing kept yet, and no figures); never writes, and refuses a newer schema.
     */
    public static int read(Connection connection, Dialect dialect, TallySink sink) throws SQLException {
        int version = Schema.version(connection, dialect);
        if (version > Schema.CURRENT) {
            throw new NewerSchemaException(version, Schema.CURRENT);
        }
        if (version > 0) {
            tally(connection, version, sink);
        } else {
            sink.questions(Map.of());
        }
        return version;
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
