package dev.nudge.seats;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The seats of a server that serves a class alone: counted in this process, which sees every session of the class.
 * What a server has unless it is given seats shared with other nodes.
 */
public final class MemorySeats implements Seats {
    private final Map<String, Integer> taken = new HashMap<>();

    @Override
    public synchronized Optional<Seat> take(String learner, int limit) {
        if (taken(learner) >= limit) {
            return Optional.empty();
        }
        taken.merge(learner, 1, Integer::sum);
        var released = new AtomicBoolean();
        return Optional.of(() -> {
            if (released.compareAndSet(false, true)) {
                giveBack(learner);
            }
        });
    }

    /** How many of {@code learner}'s seats are taken. */
    public synchronized int taken(String learner) {
        return taken.getOrDefault(learner, 0);
    }

    private synchronized void giveBack(String learner) {
        taken.computeIfPresent(learner, (id, count) -> count > 1 ? count - 1 : null);
    }
}
