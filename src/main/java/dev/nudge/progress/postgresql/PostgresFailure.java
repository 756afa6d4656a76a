package dev.nudge.progress.postgresql;

import dev.nudge.progress.StoreMessage;
import dev.nudge.text.Untrusted;
import java.sql.SQLException;

/**
 * Why the database failed, in the driver's words, on one line. The pool reports a connection it could not make as
 * "not available, request timed out"; the reason is the driver's failure beneath it, so that is what is said. The
 * server's words can hold anything a database or a stranger on the path sent, so they are made safe to print.
 */
final class PostgresFailure {
    private PostgresFailure() {
    }

    static String words(SQLException failure) {
        Throwable deepest = failure;
        while (deepest.getCause() instanceof SQLException cause && cause != deepest) {
            deepest = cause;
        }
        var message = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
        return Untrusted.forLine(message.strip().replaceFirst("\\.$", ""));
    }

    static StoreMessage reason(SQLException failure) {
        return StoreMessage.said(words(failure));
    }
}
