package dev.nudge.progress.sqlite;

import dev.nudge.progress.StoreMessage;
import java.sql.SQLException;

/**
 * SQLite's integrity check found the file damaged. It carries SQLite's code for a damaged file, so it is set aside
 * like any other, and keeps the check's verdict apart so the learner is told of it in their language.
 */
final class FailedCheckException extends SQLException {
    private static final long serialVersionUID = 1L;

    private final String verdict;

    FailedCheckException(String verdict) {
        super(reason(verdict).english(), "", FileOpening.SQLITE_CORRUPT);
        this.verdict = verdict;
    }

    /** What the check said, to be said in the reader's language. */
    StoreMessage reason() {
        return reason(verdict);
    }

    private static StoreMessage reason(String verdict) {
        return StoreMessage.of("store.reason.failedCheck", verdict);
    }
}
