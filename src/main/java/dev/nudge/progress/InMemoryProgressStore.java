package dev.nudge.progress;

import java.util.concurrent.ConcurrentHashMap;

/** Keeps progress for as long as the process runs: for tests, and until a lasting store is configured. */
public final class InMemoryProgressStore implements ProgressStore {
    private final ConcurrentHashMap<String, Progress> byLearner = new ConcurrentHashMap<>();

    @Override
    public Progress load(String learner) {
        return byLearner.getOrDefault(learner, Progress.NONE);
    }

    @Override
    public void record(String learner, ProgressEvent event) {
        byLearner.merge(learner, Progress.NONE.after(event), (old, ignored) -> old.after(event));
    }

    @Override
    public void reset(String learner, String lessonId) {
        byLearner.computeIfPresent(learner, (name, progress) -> progress.withoutLesson(lessonId));
    }
}
