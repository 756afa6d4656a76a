package dev.nudge.ssh;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Counts connection attempts per address over the last minute, so a script hammering the port is turned away before
 * it costs key exchanges and logins, while a classroom behind one address still gets in.
 */
final class AttemptLimiter {
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perWindow;
    private final LongSupplier clock;
    private final Map<InetAddress, Deque<Long>> attempts = new HashMap<>();

    AttemptLimiter(int perWindow, LongSupplier nanoClock) {
        this.perWindow = perWindow;
        this.clock = nanoClock;
    }

    /** Records an attempt from {@code address}; false when it is one too many for the last minute. */
    synchronized boolean allow(InetAddress address) {
        long now = clock.getAsLong();
        var times = attempts.computeIfAbsent(address, a -> new ArrayDeque<>());
        forgetOld(times, now);
        if (times.size() >= perWindow) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    /** Drops addresses with no attempt in the last minute, so the map stays as small as the recent traffic. */
    synchronized void sweep() {
        long now = clock.getAsLong();
        attempts.values().forEach(times -> forgetOld(times, now));
        attempts.values().removeIf(Deque::isEmpty);
    }

    synchronized int addressesRemembered() {
        return attempts.size();
    }

    private static void forgetOld(Deque<Long> times, long now) {
        while (!times.isEmpty() && now - times.peekFirst() >= WINDOW.toNanos()) {
            times.removeFirst();
        }
    }
}
