package dev.nudge.progress.jdbc;

import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * A progress event as one row of the {@code event} table: the kind by name and the columns that kind uses, so that
 * rows read back give exactly the events written.
 */
record EventRow(String kind, StepKey step, String answer, Boolean correct, Integer hintLevel) {
    static final String COLUMNS = "kind, lesson, step, answer, correct, hint_level";

    static EventRow of(ProgressEvent event) {
        if (event instanceof ProgressEvent.Answered answered) {
            return new EventRow("answered", event.step(), answered.answer(), answered.correct(), null);
        }
        if (event instanceof ProgressEvent.Guessed guessed) {
            return new EventRow("guessed", event.step(), guessed.guess(), guessed.correct(), null);
        }
        if (event instanceof ProgressEvent.HintTaken hint) {
            return new EventRow("hint", event.step(), null, null, hint.level());
        }
        if (event instanceof ProgressEvent.AnswerShown) {
            return new EventRow("answer-shown", event.step(), null, null, null);
        }
        return new EventRow("visited", event.step(), null, null, null);
    }

    /** Reads the {@link #COLUMNS} at {@code first} and after of the current row, as {@code dialect} stored them. */
    static EventRow read(ResultSet row, int first, Dialect dialect) throws SQLException {
        int level = row.getInt(first + 5);
        Integer hintLevel = row.wasNull() ? null : level;
        int correct = row.getInt(first + 4);
        Boolean isCorrect = row.wasNull() ? null : correct == 1;
        return new EventRow(row.getString(first), new StepKey(row.getString(first + 1), row.getString(first + 2)),
                dialect.readText(row.getString(first + 3)), isCorrect, hintLevel);
    }

    /** Sets the {@link #COLUMNS} as parameters {@code first} and after. */
    void bind(PreparedStatement statement, int first, Dialect dialect) throws SQLException {
        statement.setString(first, kind);
        statement.setString(first + 1, step.lessonId());
        statement.setString(first + 2, step.stepId());
        statement.setString(first + 3, dialect.storedText(answer));
        if (correct == null) {
            statement.setNull(first + 4, Types.INTEGER);
        } else {
            statement.setInt(first + 4, correct ? 1 : 0);
        }
        if (hintLevel == null) {
            statement.setNull(first + 5, Types.INTEGER);
        } else {
            statement.setInt(first + 5, hintLevel);
        }
    }

    ProgressEvent event() {
        switch (kind) {
            case "answered":
                return new ProgressEvent.Answered(step, answer, correct);
            case "guessed":
                return new ProgressEvent.Guessed(step, answer, correct);
            case "hint":
                return new ProgressEvent.HintTaken(step, hintLevel);
            case "answer-shown":
                return new ProgressEvent.AnswerShown(step);
            case "visited":
                return new ProgressEvent.Visited(step);
            default:
                throw new IllegalStateException("an event row of unknown kind '" + kind + "'");
        }
    }
}
