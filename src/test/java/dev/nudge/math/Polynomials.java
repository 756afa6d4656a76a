package dev.nudge.math;

import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.IntStream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Random polynomial expressions, written as LaTeX a lesson author might write. */
final class Polynomials {
    static final String[] VARIABLES = {"x", "y", "P_0", "P_1"};

    /** The seed every property in this package starts from, so a run can be repeated. */
    static final long SEED = 0x6E75646765L;

    private static final int MAX_DEPTH = 4;

    /** The characters a string may hold when no alphabet is named: every char but noncharacters and private use. */
    private static final char[] ANY_CHARACTER = IntStream.rangeClosed(Character.MIN_VALUE, Character.MAX_VALUE)
            .filter(c -> !(c >= 0xFDD0 && c <= 0xFDEF) && !Character.isSurrogate((char) c) && c != 0xFFFE
                    && c != 0xFFFF && !(c >= 0xE000 && c <= 0xF8FF))
            .collect(StringBuilder::new, (text, c) -> text.append((char) c), StringBuilder::append)
            .toString().toCharArray();

    private Polynomials() {
    }

    /** An expression nested to a depth drawn evenly from 0 to 4, each level one of the combinations below. */
    static Gen<String> expressions() {
        return Generate.range(0, MAX_DEPTH).flatMap(Polynomials::ofDepth);
    }

    private static Gen<String> ofDepth(int depth) {
        Gen<String> expression = leaf();
        for (int level = 0; level < depth; level++) {
            expression = combined(expression);
        }
        return expression;
    }

    private static Gen<String> leaf() {
        return Generate.oneOf(
                Generate.pick(List.of(VARIABLES)),
                Generate.range(0, 12).map(n -> Integer.toString(n)),
                Generate.pick(List.of("0.5", "1.25", "0.001", "1.001")));
    }

    @SuppressWarnings("unchecked")
    private static Gen<String> combined(Gen<String> part) {
        return Generate.oneOf(
                Generate.pick(List.of(" + ", " - ", " \\times ", " * ", " \\cdot "))
                        .zip(part, part, (operator, left, right) -> left + operator + right),
                part.map(inner -> "(" + inner + ")"),
                part.zip(Generate.range(0, 3), (inner, k) -> "(" + inner + ")^" + k),
                part.zip(Generate.pick(List.of(VARIABLES)), (inner, name) -> name + "^2(" + inner + ")"),
                part.map(inner -> "2(" + inner + ")"),
                part.map(inner -> "(-(" + inner + "))"),
                part.map(inner -> "\\frac{" + inner + "}{4}"));
    }

    static Gen<Rational> rationals() {
        return Generate.range(-40, 40).zip(Generate.range(1, 8), (numerator, d) -> Rational.of(numerator, d));
    }

    /** Strings of up to {@code maxLength} chars, each any char but a noncharacter or a private-use one. */
    static Gen<String> anyStrings(int maxLength) {
        Gen<Character> character = Generate.range(0, ANY_CHARACTER.length - 1).map(i -> ANY_CHARACTER[i]);
        return lists().of(character).ofSizeBetween(0, maxLength).map(chars -> {
            StringBuilder text = new StringBuilder(chars.size());
            chars.forEach(text::append);
            return text.toString();
        });
    }
}
