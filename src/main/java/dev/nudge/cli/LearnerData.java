package dev.nudge.cli;

import dev.nudge.progress.DataDirectory;

/**
 * Whose progress a local session keeps, and where.
 *
 * @param learner the learner's name: {@code --user}, else the operating system's user name
 * @param data the folder of the progress file
 */
public record LearnerData(String learner, DataDirectory data) {
    public LearnerData {
        if (learner == null || learner.isBlank() || data == null) {
            throw new IllegalArgumentException("a session needs a learner's name and a data folder");
        }
    }
}
