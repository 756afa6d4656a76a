package dev.nudge.progress;

import java.util.function.Consumer;

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

    /** A sink that hands events to {@code events} and ignores resets (for tests and tools). */
    static ProgressSink recordingTo(Consumer<ProgressEvent> events) {
        return new ProgressSink() {
            @Override
            public void record(ProgressEvent event) {
                events.accept(event);
            }

            @Override
            public void reset(String lessonId) {
                // nothing kept, nothing to forget
            }
        };
    }
}
