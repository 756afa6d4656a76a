package dev.nudge.ssh;

import dev.nudge.seats.Seat;
import dev.nudge.seats.Seats;
import dev.nudge.step.Notice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tutor sessions open on the server: it admits a new one only within the limits (in total on this server; per
 * learner as its {@link Seats} count them, on this server or across the nodes of a class), and lets the server end
 * them all when it stops.
 */
final class SessionRegistry {
    private final ServerLimits limits;
    private final Seats seats;
    /** Each open session, in the order they came, with the seat it holds. */
    private final Map<TutorSession, Seat> open = new LinkedHashMap<>();

    SessionRegistry(ServerLimits limits, Seats seats) {
        this.limits = limits;
        this.seats = seats;
    }

    /**
     * Adds the session, or says why the learner cannot have one more. The seat is taken outside the lock (it may ask
     * a database), so the class being full is checked again once it is held.
     */
    Optional<Notice> admit(TutorSession session) {
        if (full()) {
            return Optional.of(fullNotice());
        }
        var seat = seats.take(session.learner().id(), limits.maxPerLearner());
        if (seat.isEmpty()) {
            return Optional.of(Notice.of("serve.refused.perLearner", String.valueOf(limits.maxPerLearner())));
        }
        synchronized (this) {
            if (!full()) {
                open.put(session, seat.get());
                return Optional.empty();
            }
        }
        seat.get().release();
        return Optional.of(fullNotice());
    }

    /** Forgets the session and gives its seat back (outside the lock, as it may ask a database). */
    void remove(TutorSession session) {
        Seat seat;
        synchronized (this) {
            seat = open.remove(session);
            if (seat == null) {
                return;
            }
            notifyAll();
        }
        seat.release();
    }

    private synchronized boolean full() {
        return open.size() >= limits.maxSessions();
    }

    private Notice fullNotice() {
        return Notice.of("serve.refused.full", String.valueOf(limits.maxSessions()));
    }

    synchronized List<TutorSession> sessions() {
        return new ArrayList<>(open.keySet());
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
