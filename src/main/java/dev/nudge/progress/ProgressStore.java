package dev.nudge.progress;

/**
 * Where learners' progress is kept between sessions. The tutor reports each event as it happens; implementations
 * must keep every event recorded before a crash or a dropped connection.
 */
public interface ProgressStore {
    /** The learner's progress so far ({@link Progress#NONE} for a new learner). */
    Progress load(String learner);

    /** Keeps {@code event} for {@code learner}. */
    void record(String learner, ProgressEvent event);

    /** Forgets everything {@code learner} did in lesson {@code lessonId}, as one change. */
    void reset(String learner, String lessonId);
}
