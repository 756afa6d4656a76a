package dev.nudge.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps progress in memory for as long as the test runs: a real store (it replays, resets and remembers keys as the
 * SQLite one does) for tests of what is around a store, such as the class server, without a file.
 */
public final class InMemoryProgressStore implements ProgressStore {
    private final ConcurrentHashMap<String, List<ProgressEvent>> byLearner = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Set<String>> keysByLearner = new ConcurrentHashMap<>();

    @Override
    public Progress load(String learner) {
        var events = byLearner.getOrDefault(learner, List.of());
        synchronized (events) {
            return Progress.replay(events);
        }
    }

    @Override
    public void record(String learner, ProgressEvent event) {
        var events = byLearner.computeIfAbsent(learner, name -> new ArrayList<>());
        synchronized (events) {
            events.add(event);
        }
    }

    @Override
    public void reset(String learner, String lessonId) {
        var events = byLearner.get(learner);
        if (events == null) {
            return;
        }
        synchronized (events) {
            events.removeIf(event -> event.step().lessonId().equals(lessonId));
        }
    }

    @Override
    public void keyUsed(String learner, String fingerprint) {
        keysByLearner.computeIfAbsent(learner, name -> ConcurrentHashMap.newKeySet()).add(fingerprint);
    }

    /** The fingerprints of the keys {@code learner} logged in with. */
    public Set<String> keysOf(String learner) {
        return Set.copyOf(keysByLearner.getOrDefault(learner, Set.of()));
    }

    @Override
    public StoreHealth health() {
        return StoreHealth.SAVING;
    }

    @Override
    public void onHealthChange(HealthListener listener) {
        // nothing here can fail, so health never changes
    }

    @Override
    public void close() {
        // nothing to let go of
    }
}
