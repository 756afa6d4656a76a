package dev.nudge.math;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Decides whether two expressions are equal by their exact values at rational points, drawn at random but the same
 * for the same seed (a quiz grades an answer the same way every time). The cost grows with the size of the
 * expressions as written, not with their expansion. Two different polynomials of degree d agree at a random point
 * with a chance of at most d in the number of possible values, so six agreeing points make a wrong "equal" far less
 * likely than a typo in the lesson. Points where either side divides by zero are skipped.
 */
final class SamplePoints {
    /** Points that must agree before two expressions count as equal. */
    static final int AGREEING = 6;
    /** Points tried at most; past this, too many were undefined to say. */
    static final int TRIES = 24;
    private static final int NUMERATORS = 97;
    private static final int DENOMINATORS = 12;

    private SamplePoints() {
    }

    /** Whether {@code a} and {@code b} have the same value at {@link #AGREEING} points where both are defined. */
    static boolean agree(Expr a, Expr b, List<String> names, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int agreeing = 0;
        for (int tried = 0; tried < TRIES && agreeing < AGREEING; tried++) {
            Map<String, Rational> point = point(names, random);
            try {
                if (!new Evaluator(point).evaluate(a).equals(new Evaluator(point).evaluate(b))) {
                    return false;
                }
                agreeing++;
            } catch (MathException undefinedHere) {
                if (undefinedHere.isLimit()) {
                    throw undefinedHere;
                }
                // a division by zero at this point says nothing about equality: try the next
            }
        }
        return agreeing >= AGREEING;
    }

    private static Map<String, Rational> point(List<String> names, SplittableRandom random) {
        Map<String, Rational> values = new TreeMap<>();
        for (String name : names) {
            long numerator = random.nextInt(NUMERATORS) - NUMERATORS / 2;
            values.put(name, Rational.of(numerator, 1 + random.nextInt(DENOMINATORS)));
        }
        return values;
    }
}
