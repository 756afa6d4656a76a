package dev.nudge.ssh;

import java.time.Duration;

/**
 * When a session nobody types in is closed, and how long before that the learner is warned on screen, so a forgotten
 * window does not hold a seat in a full class.
 *
 * @param timeout how long without a key press closes a session; zero never closes one
 * @param warning how long before closing the warning appears
 */
public record IdlePolicy(Duration timeout, Duration warning) {
    private static final Duration USUAL_WARNING = Duration.ofMinutes(1);

    public IdlePolicy {
        if (timeout.isNegative() || warning.isNegative() || warning.compareTo(timeout) > 0) {
            throw new IllegalArgumentException("the warning must come within the idle time-out");
        }
    }

    /** A minute's warning, or half the time-out when that is shorter (time-outs of seconds are for tests). */
    public static IdlePolicy closingAfter(Duration timeout) {
        var half = timeout.dividedBy(2);
        return new IdlePolicy(timeout, half.compareTo(USUAL_WARNING) < 0 ? half : USUAL_WARNING);
    }

    public boolean enabled() {
        return !timeout.isZero();
    }

    /** The time-out as the teacher reads it at start: {@code 30m}, or {@code never}. */
    public String describe() {
        return enabled() ? Durations.brief(timeout) : "never";
    }
}
