package dev.nudge.progress;

/**
 * Where learners' progress is kept between sessions. The tutor reports each event as it happens; implementations
 * must keep every event recorded before a crash or a dropped connection, and must not make the caller wait for the
 * disk: {@link #record} returns at once.
 */
public interface ProgressStore extends AutoCloseable {
    /** The learner's progress so far ({@link Progress#NONE} for a new learner), including every event recorded. */
    Progress load(String learner);

    /** Keeps {@code event} for {@code learner}. */
    void record(String learner, ProgressEvent event);

    /** Forgets everything {@code learner} did in the lesson {@code lessonId}, at once and as one change. */
    void reset(String learner, String lessonId);

    /**
     * Notes that {@code learner} logged in with the key whose fingerprint is {@code fingerprint}, so that a report can
     * show which key did what, and tell apart two keys that claim one name.
     */
    void keyUsed(String learner, String fingerprint);

    /** Whether progress is being kept, and what went wrong if something did. */
    StoreHealth health();

    /** Calls {@code listener} (on any thread) each time {@link #health()} changes. */
    void onHealthChange(HealthListener listener);

    /** Keeps everything recorded so far, then lets go of the store. */
    @Override
    void close();
}
