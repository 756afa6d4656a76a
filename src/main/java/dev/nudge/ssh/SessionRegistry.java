package dev.nudge.ssh;

import dev.nudge.step.Notice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tutor sessions open on the server: it admits a new one only within the limits (in total and per learner), and
 * lets the server end them all when it stops.
 */
final class SessionRegistry {
    private final ServerLimits limits;
    private final Set<TutorSession> open = new LinkedHashSet<>();
    private final Map<String, Integer> perLearner = new HashMap<>();

    SessionRegistry(ServerLimits limits) {
        this.limits = limits;
    }

    /** Adds the session, or says why the learner cannot have one more. */
    synchronized Optional<Notice> admit(TutorSession session) {
        String learner = session.learner().id();
        if (open.size() >= limits.maxSessions()) {
            return Optional.of(Notice.of("serve.refused.full", String.valueOf(limits.maxSessions())));
        }
        if (perLearner.getOrDefault(learner, 0) >= limits.maxPerLearner()) {
            return Optional.of(Notice.of("serve.refused.perLearner", String.valueOf(limits.maxPerLearner())));
        }
        open.add(session);
        perLearner.merge(learner, 1, Integer::sum);
        return Optional.empty();
    }

    synchronized void remove(TutorSession session) {
        if (open.remove(session)) {
            perLearner.computeIfPresent(session.learner().id(), (id, count) -> count > 1 ? count - 1 : null);
            notifyAll();
        }
    }

    synchronized List<TutorSession> sessions() {
        return new ArrayList<>(open);
    }

    synchronized int size() {
        return open.size();
    }

    /** Waits until every session has ended or {@code limit} has passed; true when none is left. */
    synchronized boolean awaitEmpty(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!open.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
