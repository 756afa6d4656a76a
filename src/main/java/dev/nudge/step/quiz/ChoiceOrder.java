package dev.nudge.step.quiz;

import dev.nudge.progress.StepKey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The order a learner sees the choices of a choice quiz in. A lesson file lists the right choice first; shown in
 * that order, Enter or 1 would always win. Each learner gets their own order for each step instead, a pure function
 * of who they are and which step it is: the same in a review, after a restart, over a new connection and in the other
 * language (whose choices correspond by position in the file), and different from the next learner's.
 *
 * @param files for each position on the screen, counted from 0, the index of its choice in the lesson file
 */
public record ChoiceOrder(List<Integer> files) {
    /** FNV-1a's offset basis and prime, for a hash of the ids that is the same on every machine and every run. */
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    public ChoiceOrder {
        files = List.copyOf(files);
        var seen = new boolean[files.size()];
        for (int index : files) {
            if (index < 0 || index >= files.size() || seen[index]) {
                throw new IllegalArgumentException("a choice order shows each choice exactly once: " + files);
            }
            seen[index] = true;
        }
    }

    /** The choices as the lesson file lists them, for a quiz that is not shown to anyone in particular. */
    public static ChoiceOrder inFile(int count) {
        var files = new ArrayList<Integer>();
        for (int i = 0; i < count; i++) {
            files.add(i);
        }
        return new ChoiceOrder(files);
    }

    /** The order {@code learner} sees the {@code count} choices of {@code step} in. */
    public static ChoiceOrder of(String learner, StepKey step, int count) {
        var random = new SplitMix(hash(learner + '\n' + step.lessonId() + '\n' + step.stepId() + '\n' + count));
        var files = new ArrayList<>(inFile(count).files());
        // Fisher-Yates: every order is equally likely, so the right choice is first for about one learner in count.
        for (int i = count - 1; i > 0; i--) {
            int j = random.below(i + 1);
            files.set(i, files.set(j, files.get(i)));
        }
        return new ChoiceOrder(files);
    }

    public int count() {
        return files.size();
    }

    /** The index in the lesson file of the choice shown at {@code position} (from 0). */
    public int file(int position) {
        return files.get(position);
    }

    /** Where the choice at {@code fileIndex} in the lesson file is shown (from 0). */
    public int position(int fileIndex) {
        return files.indexOf(fileIndex);
    }

    private static long hash(String text) {
        long hash = FNV_OFFSET;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * FNV_PRIME;
        }
        return hash;
    }

    /** SplitMix64, written out so that the order never changes with the Java version. */
    private static final class SplitMix {
        private long state;

        SplitMix(long seed) {
            state = seed;
        }

        int below(int bound) {
            state += 0x9e3779b97f4a7c15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            z = z ^ (z >>> 31);
            return (int) Long.remainderUnsigned(z, bound);
        }
    }
}
