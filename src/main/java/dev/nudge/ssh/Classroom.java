package dev.nudge.ssh;

import dev.nudge.progress.ProgressStore;
import dev.nudge.tutor.CourseBook;

/**
 * What a class server teaches and where it keeps what each learner did: one course and one progress store, shared by
 * every session (each learner reads and writes only their own rows).
 */
public record Classroom(CourseBook book, ProgressStore store) {
    public Classroom {
        if (book == null || store == null) {
            throw new IllegalArgumentException("a classroom needs a course and a progress store");
        }
    }
}
