package dev.nudge.lab;

import dev.nudge.math.Rational;
import java.math.BigInteger;

/**
 * The learning rates {@code [} and {@code ]} step through: 1, 2 and 5 times powers of ten (0.1, 0.2, 0.5, 1 ...), so
 * the lesson's "try 0.5" is two presses from 0.1, and a rate typed in between still has neighbours.
 */
final class RateLadder {
    private static final int[] FACTORS = {1, 2, 5};
    /** The powers of ten spanned: rates from 0.001 to 50. */
    private static final int LOWEST = -3;
    private static final int HIGHEST = 1;

    private RateLadder() {
    }

    /** The next rung strictly above {@code rate}; {@code rate} itself at the top. */
    static Rational above(Rational rate) {
        for (int exponent = LOWEST; exponent <= HIGHEST; exponent++) {
            for (int factor : FACTORS) {
                var rung = rung(factor, exponent);
                if (rung.compareTo(rate) > 0) {
                    return rung;
                }
            }
        }
        return rate;
    }

    /** The next rung strictly below {@code rate}; {@code rate} itself at the bottom. */
    static Rational below(Rational rate) {
        for (int exponent = HIGHEST; exponent >= LOWEST; exponent--) {
            for (int i = FACTORS.length - 1; i >= 0; i--) {
                var rung = rung(FACTORS[i], exponent);
                if (rung.compareTo(rate) < 0) {
                    return rung;
                }
            }
        }
        return rate;
    }

    private static Rational rung(int factor, int exponent) {
        var power = BigInteger.TEN.pow(Math.abs(exponent));
        return exponent >= 0 ? new Rational(BigInteger.valueOf(factor).multiply(power), BigInteger.ONE)
                : new Rational(BigInteger.valueOf(factor), power);
    }
}
