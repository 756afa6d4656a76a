package dev.nudge.bench;

import java.util.Random;

/**
 * How long a simulated learner waits before each key of their {@link LearnerWalk}, so that the class server's load is
 * that of people and not of a key every few hundred milliseconds without end. All the figures of the pace are here.
 *
 * <ul>
 *   <li>{@link LearnerWalk.Moment#READ}, the first key on a new step: the learner reads its prose first, {@value
 *       #READ_BASE_MS} ms to find their place plus {@value #READ_MIN_MS_PER_WORD}-{@value #READ_MAX_MS_PER_WORD} ms
 *       a word (600 to 250 words a minute: skimming a step, or reading it as one reads a textbook), at most {@value
 *       #READ_MAX_MS} ms;
 *   <li>{@link LearnerWalk.Moment#LOOK}, a key after something new was shown (a verdict, a hint, a stage of a
 *       reveal, a descent step): {@value #LOOK_MIN_MS}-{@value #LOOK_MAX_MS} ms to take it in;
 *   <li>{@link LearnerWalk.Moment#CONFIRM}, the Enter that submits an answer: {@value #CONFIRM_MIN_MS}-{@value
 *       #CONFIRM_MAX_MS} ms to look the answer over;
 *   <li>{@link LearnerWalk.Moment#TYPE}, the keys of an answer being typed: {@value #TYPE_MIN_MS}-{@value
 *       #TYPE_MAX_MS} ms apart (a learner typing digits and signs, often looking at the keyboard).
 * </ul>
 *
 * <p>Each pause is drawn uniformly from its range by the learner's own seeded generator, so a run is repeatable.
 * {@link #fast} is the pace before this one: every key 100-500 ms after the last, for a load far above a class's.
 */
public final class LearnerPace {
    static final int READ_BASE_MS = 1_000;
    static final int READ_MIN_MS_PER_WORD = 100;
    static final int READ_MAX_MS_PER_WORD = 240;
    static final int READ_MAX_MS = 30_000;
    static final int LOOK_MIN_MS = 800;
    static final int LOOK_MAX_MS = 3_000;
    static final int CONFIRM_MIN_MS = 600;
    static final int CONFIRM_MAX_MS = 2_000;
    static final int TYPE_MIN_MS = 120;
    static final int TYPE_MAX_MS = 400;
    static final int FAST_MIN_MS = 100;
    static final int FAST_MAX_MS = 500;

    private final Random random;
    private final boolean fast;

    private LearnerPace(long seed, boolean fast) {
        this.random = new Random(seed);
        this.fast = fast;
    }

    /** A person's pace, as above, drawn from {@code seed}. */
    public static LearnerPace person(long seed) {
        return new LearnerPace(seed, false);
    }

    /** The old pace: every key 100-500 ms after the last, whatever it is. */
    public static LearnerPace fast(long seed) {
        return new LearnerPace(seed, true);
    }

    /** The pace named {@code name} ({@code learner} or {@code fast}), or an error that says which there are. */
    public static LearnerPace named(String name, long seed) {
        return switch (name) {
            case "learner" -> person(seed);
            case "fast" -> fast(seed);
            default -> throw new IllegalArgumentException(
                    "PACE is '" + name.replaceAll("\\p{Cntrl}", "?") + "'; it must be learner or fast");
        };
    }

    /** The milliseconds to wait before pressing {@code press} (which the fast pace does not look at). */
    public long millisBefore(LearnerWalk.Press press) {
        if (fast) {
            return between(FAST_MIN_MS, FAST_MAX_MS);
        }
        return switch (press.moment()) {
            case READ -> Math.min(READ_MAX_MS, READ_BASE_MS
                    + (long) press.words() * between(READ_MIN_MS_PER_WORD, READ_MAX_MS_PER_WORD));
            case LOOK -> between(LOOK_MIN_MS, LOOK_MAX_MS);
            case CONFIRM -> between(CONFIRM_MIN_MS, CONFIRM_MAX_MS);
            case TYPE -> between(TYPE_MIN_MS, TYPE_MAX_MS);
        };
    }

    private long between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }
}
