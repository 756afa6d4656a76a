package dev.nudge.cli;

import dev.nudge.progress.DataDirectory;
import dev.nudge.progress.postgresql.PostgresAddress;
import java.util.Optional;

/**
 * Whose progress a local session keeps, and where.
 *
 * @param learner the learner's name: {@code --user}, else the operating system's user name
 * @param data the folder of the progress file
 * @param store the shared database {@code --store} names, which then keeps the progress instead of the file
 */
public record LearnerData(String learner, DataDirectory data, Optional<PostgresAddress> store) {
    public LearnerData {
        if (learner == null || learner.isBlank() || data == null || store == null) {
            throw new IllegalArgumentException("a session needs a learner's name and a data folder");
        }
    }

    /** A learner whose progress is kept in the progress file in {@code data}. */
    public LearnerData(String learner, DataDirectory data) {
        this(learner, data, Optional.empty());
    }

    /** Where the session keeps progress. */
    ProgressLocation progress() {
        return ProgressLocation.of(data, store);
    }
}
