package dev.nudge.progress.sqlite;

import java.sql.SQLException;

/** The file was written by a newer nudge: this one must not touch it, or it could lose what the newer one keeps. */
final class NewerSchemaException extends SQLException {
    private static final long serialVersionUID = 1L;

    NewerSchemaException(int found, int known) {
        super("it was written by a newer nudge (schema version " + found + "; this nudge knows up to " + known + ")");
    }
}
