package dev.nudge.progress;

/** Where one learner's session sends its progress as it happens: each event, and each lesson reset. */
public interface ProgressSink {
    void record(ProgressEvent event);

    void reset(String lessonId);

    /** The sink that keeps {@code learner}'s progress in {@code store}. */
    static ProgressSink of(ProgressStore store, String learner) {
        return new ProgressSink() {
            @Override
            public void record(ProgressEvent event) {
                store.record(learner, event);
            }

            @Override
            public void reset(String lessonId) {
                store.reset(learner, lessonId);
            }
        };
    }

    /**
     * The sink of a session that has no learner to keep progress for: the lab run on its own ({@code nudge lab}) and
     * the start-up rehearsal the build records its class-data archive from.
     */
    ProgressSink NONE = new ProgressSink() {
        @Override
        public void record(ProgressEvent event) {
            // no learner, nothing to keep
        }

        @Override
        public void reset(String lessonId) {
            // nothing kept, nothing to forget
        }
    };
}
