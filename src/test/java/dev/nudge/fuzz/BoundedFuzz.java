package dev.nudge.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A seeded, bounded fuzz run: a fixed number of inputs drawn from one seed, each fed to the code under test on
 * this thread, failing with the seed and the input when one throws anything but the documented clean exceptions,
 * takes longer than its bound or allocates more than its bound. The same seed gives the same inputs, so a failure
 * reproduces; the bounds are generous, to catch a hang or a runaway, not to time the code.
 *
 * @param seed where the inputs come from
 * @param count how many inputs
 * @param perInput the longest one input may take
 * @param bytesPerInput the most one input may allocate
 * @param clean the exceptions the code documents as its clean errors
 */
public record BoundedFuzz(long seed, int count, Duration perInput, long bytesPerInput,
        List<Class<? extends Throwable>> clean) {
    /** Past this a whole run is not "a few seconds" any more. */
    private static final Duration WHOLE_RUN = Duration.ofSeconds(20);
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** Feeds {@code count} inputs made by {@code inputs} to {@code check}; returns how many ended in a clean error. */
    public <T> int run(Function<SplittableRandom, T> inputs, Consumer<T> check) {
        var random = new SplittableRandom(seed);
        int cleanErrors = 0;
        long runStart = System.nanoTime();
        for (int i = 0; i < count; i++) {
            T input = inputs.apply(random);
            long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            try {
                check.accept(input);
            } catch (Throwable thrown) {
                if (clean.stream().noneMatch(kind -> kind.isInstance(thrown))) {
                    throw new AssertionError(describe(i, input) + " threw " + thrown, thrown);
                }
                cleanErrors++;
            }
            var took = Duration.ofNanos(System.nanoTime() - start);
            long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
            if (took.compareTo(perInput) > 0) {
                fail(describe(i, input) + " took " + took.toMillis() + " ms, more than " + perInput.toMillis());
            }
            if (allocated > bytesPerInput) {
                fail(describe(i, input) + " allocated " + allocated + " bytes, more than " + bytesPerInput);
            }
        }
        assertThat(Duration.ofNanos(System.nanoTime() - runStart)).as("the whole run").isLessThan(WHOLE_RUN);
        return cleanErrors;
    }

    private String describe(int index, Object input) {
        return "input " + index + " of seed " + seed + " (" + escaped(String.valueOf(input)) + ")";
    }

    private static String escaped(String text) {
        var out = new StringBuilder();
        text.codePoints().limit(400).forEach(c -> out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", c)
                : new String(Character.toChars(c))));
        return out.toString();
    }
}
