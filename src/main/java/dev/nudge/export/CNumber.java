package dev.nudge.export;

import dev.nudge.math.Rational;

/** Writes an exact number as a C {@code double} literal a learner recognises from the lesson: {@code 0.25}, not 1/4. */
final class CNumber {
    private CNumber() {
    }

    /** {@code 2}, {@code -0.5}, or, for a number without a finite decimal, the division {@code (1.0 / 3)}. */
    static String of(Rational value) {
        if (value.isTerminating()) {
            return value.toDecimal();
        }
        // C would divide two integer literals as integers; one of them must be a double.
        return "(" + value.numerator() + ".0 / " + value.denominator() + ")";
    }
}
