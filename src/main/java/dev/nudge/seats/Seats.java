package dev.nudge.seats;

import java.util.Optional;

/**
 * Where a class server asks whether a learner may open one more tutor session: the per-learner session limit counts
 * seats here. One server alone counts them in memory ({@link MemorySeats}); the nodes of a class behind a load
 * balancer must count them where every node sees them ({@link PostgresSeats}), or a learner could open the limit on
 * every node.
 */
public interface Seats {
    /**
     * One more seat for {@code learner} when fewer than {@code limit} of theirs are taken, else empty. Returns within a
     * bounded time, however the place the seats are kept is doing.
     */
    Optional<Seat> take(String learner, int limit);
}
