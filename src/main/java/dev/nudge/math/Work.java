package dev.nudge.math;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A bound on the work one computation may do, counted in steps of roughly 25 ns on a small laptop (a node
 * evaluated costs a couple, a pair of terms multiplied dozens, a big fraction reduced about the square of its
 * length), so that no input, however far it expands, can keep a core busy: past the bound the engine stops with a
 * {@link MathException} that {@linkplain MathException#isLimit() reports a limit}. Steps are counted, not timed, so
 * a verdict does not depend on how busy the machine is; {@link #within} adds a ceiling on the thread's processor
 * time as a backstop for work the count underrates.
 *
 * <p>Every expensive operation of the engine calls {@link #spend}, which also stops the computation when its thread
 * has been interrupted (a session that ended); the interrupt flag stays set for whoever owns the thread. Budgets
 * nest: a step spent inside {@link #run} counts against that budget and every budget around it. Without a budget
 * (the lesson checker, {@code nudge math}) only the interrupt and the size {@link Limits} apply.
 */
public final class Work {
    private static final ThreadLocal<Work> CURRENT = new ThreadLocal<>();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Big numbers cost about the square of their length in words, divided by this. */
    private static final long QUADRATIC_WORDS = 1;
    /** Steps between two looks at the clock, which costs far more than a step. */
    private static final long STEPS_PER_CLOCK = 1 << 16;

    private final long limit;
    private final long timeLimitNanos;
    private Work outer;
    private long used;
    private long startNanos;
    private long sinceClock;

    private Work(long limit, long timeLimitNanos) {
        this.limit = limit;
        this.timeLimitNanos = timeLimitNanos;
    }

    /** A budget of at most {@code steps} steps. */
    public static Work limitedTo(long steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("a budget of work cannot be negative: " + steps);
        }
        return new Work(steps, Long.MAX_VALUE);
    }

    /** A budget that only counts: for measuring what a computation costs, under whatever bound is around it. */
    public static Work counting() {
        return new Work(Long.MAX_VALUE, Long.MAX_VALUE);
    }

    /** This budget, also stopping once the computation has used {@code time} of its thread's processor time. */
    public Work within(Duration time) {
        return new Work(limit, time.toNanos());
    }

    /** Runs {@code computation} on this thread with this budget in force, and the budgets around it. */
    public <T> T run(Supplier<T> computation) {
        Work saved = CURRENT.get();
        outer = saved;
        startNanos = timeLimitNanos == Long.MAX_VALUE ? 0 : threadTime();
        CURRENT.set(this);
        try {
            return computation.get();
        } finally {
            outer = null;
            if (saved == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(saved);
            }
        }
    }

    /** The steps spent so far in {@link #run}. */
    public long used() {
        return used;
    }

    /**
     * Counts {@code steps} against the budgets in force on this thread; stops the computation when one is used up or
     * the thread was interrupted.
     */
    static void spend(long steps) {
        if (Thread.currentThread().isInterrupted()) {
            throw MathException.of(MathProblem.CANCELLED);
        }
        // every budget counts the steps before any stops, so each one knows what the computation cost
        for (Work budget = CURRENT.get(); budget != null; budget = budget.outer) {
            budget.used = budget.used > Long.MAX_VALUE - steps ? Long.MAX_VALUE : budget.used + steps;
        }
        for (Work budget = CURRENT.get(); budget != null; budget = budget.outer) {
            budget.check(steps);
        }
    }

    /**
     * Steps for handling a number of {@code bits} bits: one per machine word, and more as numbers grow, since
     * reducing a fraction of big numbers (a gcd) costs about the square of their length.
     */
    static long forBits(long bits) {
        long words = 1 + bits / Long.SIZE;
        return words + words * words / QUADRATIC_WORDS;
    }

    private void check(long steps) {
        if (used > limit) {
            throw MathException.of(MathProblem.TOO_MANY_STEPS, limit);
        }
        if (timeLimitNanos != Long.MAX_VALUE && (sinceClock += steps) >= STEPS_PER_CLOCK) {
            sinceClock = 0;
            if (threadTime() - startNanos > timeLimitNanos) {
                throw MathException.of(MathProblem.TOO_SLOW, timeLimitNanos / 1_000_000);
            }
        }
    }

    private static long threadTime() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
