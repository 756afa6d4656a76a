package dev.nudge.fuzz;

import static org.quicktheories.generators.SourceDSL.lists;

import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** Text a learner or an author might produce by accident or on purpose, for property tests of what reads it. */
public final class TextGen {
    private static final int[][] RANGES = {{0x0000, 0xD7FF}, {0xF900, 0xFDCF}, {0xFDF0, 0xFFFD}};

    private TextGen() {
    }

    /** Up to {@code most} characters, each any UTF-16 unit but a surrogate, a noncharacter or a private-use one. */
    public static Gen<String> upTo(int most) {
        return lists().of(characters()).ofSizeBetween(0, most)
                .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    /** A character of U+0000..U+FFFF outside the surrogates, the private use area and the noncharacters. */
    public static Gen<Character> characters() {
        int total = 0;
        for (var range : RANGES) {
            total += range[1] - range[0] + 1;
        }
        var size = total;
        return in -> {
            long index = in.next(Constraint.between(0, size - 1));
            for (var range : RANGES) {
                int width = range[1] - range[0] + 1;
                if (index < width) {
                    return (char) (range[0] + index);
                }
                index -= width;
            }
            throw new AssertionError(index);
        };
    }
}
