package dev.nudge.progress.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/** SQL for the {@code learner_key} table: which keys logged in under each learner's name, first and last seen. */
final class KeyTable {
    static final String UPSERT = "INSERT INTO learner_key"
            + " (learner, fingerprint, first_seen_millis, last_seen_millis) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (learner, fingerprint) DO UPDATE SET last_seen_millis = excluded.last_seen_millis";

    private KeyTable() {
    }

    static void bindUse(PreparedStatement upsert, String learner, Instant at, String fingerprint) throws SQLException {
        upsert.setString(1, learner);
        upsert.setString(2, fingerprint);
        upsert.setLong(3, at.toEpochMilli());
        upsert.setLong(4, at.toEpochMilli());
    }
}
