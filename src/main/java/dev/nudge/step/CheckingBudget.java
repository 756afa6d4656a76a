package dev.nudge.step;

import java.time.Duration;

/**
 * The work one session has spent checking typed answers, in the math engine's steps. Each answer is bounded on its
 * own ({@link #PER_ANSWER}); this bounds their sum, so a learner (or a script) typing an expensive answer again and
 * again cannot keep a core of the class server busy: once the session's budget is spent, typed answers are no
 * longer checked in it. A learner checking ordinary answers spends a few thousand steps each and never gets near it.
 *
 * @param used the steps spent so far
 */
public record CheckingBudget(long used) {
    /** Steps one answer may cost: some 25 to 70 ms of one core on a small laptop. */
    public static final long PER_ANSWER = 1_000_000;
    /** Processor time one answer may take, whatever its steps: a backstop for work the steps underrate. */
    public static final Duration TIME_PER_ANSWER = Duration.ofMillis(200);
    /** Steps one session may spend: a hundred answers at the bound, several seconds of one core. */
    public static final long PER_SESSION = 100 * PER_ANSWER;
    /** Nothing spent yet. */
    public static final CheckingBudget FRESH = new CheckingBudget(0);

    public CheckingBudget {
        if (used < 0) {
            throw new IllegalArgumentException("work spent cannot be negative: " + used);
        }
    }

    /** Whether the session has spent its budget, so typed answers are no longer checked. */
    public boolean exhausted() {
        return used >= PER_SESSION;
    }

    /** The budget after another {@code steps} steps were spent. */
    public CheckingBudget after(long steps) {
        return new CheckingBudget(used > Long.MAX_VALUE - steps ? Long.MAX_VALUE : used + steps);
    }
}
