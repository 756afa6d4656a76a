package dev.nudge.ssh;

/**
 * How much of the server one class, one learner and one address may take, so that a full room, a student with many
 * windows or a script hammering the port cannot crowd out the others.
 *
 * @param maxSessions tutor sessions open at once, in total
 * @param maxPerLearner tutor sessions open at once by one learner
 * @param attemptsPerMinute connections from one address in any minute (a classroom behind one router shares one)
 * @param startups connections open at once that have not logged in yet, in total and per address
 */
public record ServerLimits(int maxSessions, int maxPerLearner, int attemptsPerMinute, StartupLimits startups) {
    public ServerLimits {
        if (maxSessions < 1 || maxPerLearner < 1 || attemptsPerMinute < 1) {
            throw new IllegalArgumentException("every limit must be at least 1");
        }
        if (startups == null) {
            throw new IllegalArgumentException("the limits need the connections allowed before logging in");
        }
    }

    /** The given limits, with {@link StartupLimits#DEFAULT} for the connections not logged in yet. */
    public ServerLimits(int maxSessions, int maxPerLearner, int attemptsPerMinute) {
        this(maxSessions, maxPerLearner, attemptsPerMinute, StartupLimits.DEFAULT);
    }
}
