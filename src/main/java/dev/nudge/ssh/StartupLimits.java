package dev.nudge.ssh;

/**
 * How many connections may be open that have not logged in yet, after OpenSSH's {@code MaxStartups} and
 * {@code PerSourceMaxStartups}: such a connection costs a descriptor and a session's buffers while proving nothing, so
 * thousands of them, never finishing the key exchange, once took the server to its descriptor limit.
 *
 * @param start below this many in total every new connection is taken
 * @param rate the percentage refused at {@code start}, rising evenly to all of them at {@code full}
 * @param full from this many in total every new connection is refused
 * @param perAddress the most from one address; a classroom behind one router shares one
 */
public record StartupLimits(int start, int rate, int full, int perAddress) {
    /**
     * Sixteen addresses holding their ten each stay below {@code start}, so a learner from a seventeenth still gets
     * in; 400 waiting connections cost about 30 MB and 400 descriptors.
     */
    public static final StartupLimits DEFAULT = new StartupLimits(200, 30, 400, 10);

    public StartupLimits {
        if (start < 1 || perAddress < 1) {
            throw new IllegalArgumentException("the connections allowed before logging in must be at least 1");
        }
        if (rate < 0 || rate > 100) {
            throw new IllegalArgumentException("the rate of connections refused must be a percentage, 0 to 100, not "
                    + rate);
        }
        if (full < start) {
            throw new IllegalArgumentException("the full mark (" + full + ") must not be below the start (" + start
                    + ")");
        }
    }

    /** {@code START:RATE:FULL} as OpenSSH writes it, or a single number for {@code START:100:START}. */
    public static StartupLimits parse(String text, int perAddress) {
        var parts = text.strip().split(":", -1);
        try {
            if (parts.length == 1) {
                int start = Integer.parseInt(parts[0]);
                return new StartupLimits(start, 100, start, perAddress);
            }
            if (parts.length == 3) {
                return new StartupLimits(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2]), perAddress);
            }
        } catch (NumberFormatException e) {
            // Told below, with the form expected.
        }
        throw new IllegalArgumentException("'" + text + "' is not START:RATE:FULL (such as 200:30:400) or a number");
    }

    /** As the option is written: {@code START:RATE:FULL}. */
    public String describe() {
        return start + ":" + rate + ":" + full;
    }
}
