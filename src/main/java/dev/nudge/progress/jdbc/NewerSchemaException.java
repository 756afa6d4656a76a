package dev.nudge.progress.jdbc;

import dev.nudge.progress.StoreMessage;
import java.sql.SQLException;

/**
 * The database was written by a newer nudge: this one must not touch it, or it could lose what the newer one keeps.
 */
public final class NewerSchemaException extends SQLException {
    private static final long serialVersionUID = 1L;

    private final int found;
    private final int known;

    public NewerSchemaException(int found, int known) {
        super(reason(found, known).english());
        this.found = found;
        this.known = known;
    }

    /** Why the file is left alone, to be said in the reader's language. */
    public StoreMessage reason() {
        return reason(found, known);
    }

    private static StoreMessage reason(int found, int known) {
        return StoreMessage.of("store.reason.newer", Integer.toString(found), Integer.toString(known));
    }
}
