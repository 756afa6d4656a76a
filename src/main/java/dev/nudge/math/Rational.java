package dev.nudge.math;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * An exact fraction, so that the tutor's numbers are never rounded: {@code 1.001} stays
 * 1001/1000 and {@code (1.001+2)^2} is exactly 9.006001. Always in lowest terms with a positive
 * denominator.
 */
public record Rational(BigInteger numerator, BigInteger denominator) implements Comparable<Rational> {
    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

    private static final BigInteger TWO = BigInteger.valueOf(2);
    private static final BigInteger FIVE = BigInteger.valueOf(5);
    private static final int ROUNDED_DECIMALS = 3;

    public Rational {
        if (numerator == null || denominator == null) {
            throw new IllegalArgumentException("a number needs a numerator and a denominator");
        }
        if (denominator.signum() == 0) {
            throw MathException.of(MathProblem.DIVISION_BY_ZERO);
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        Work.spend(Work.forBits(Math.max(numerator.bitLength(), denominator.bitLength())));
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        if (numerator.bitLength() > Limits.MAX_BITS || denominator.bitLength() > Limits.MAX_BITS) {
            throw tooManyBits();
        }
    }

    public static Rational of(long value) {
        return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
    }

    public static Rational of(long numerator, long denominator) {
        return new Rational(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    private static final Pattern DECIMAL =
            Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    /** Reads a decimal such as {@code 2}, {@code 0.001}, {@code -3.24} or {@code 1e-3}. */
    public static Rational parse(String decimal) {
        if (decimal == null || !DECIMAL.matcher(decimal).matches()) {
            throw MathException.of(MathProblem.NOT_A_DECIMAL, decimal);
        }
        int e = Math.max(decimal.indexOf('e'), decimal.indexOf('E'));
        if (e >= 0) {
            String exponent = withoutSignAndLeadingZeros(decimal.substring(e + 1));
            if (exponent.length() > 4 || Integer.parseInt("0" + exponent) > Limits.MAX_DECIMAL_EXPONENT) {
                throw MathException.of(MathProblem.DECIMAL_EXPONENT_TOO_LARGE, decimal, Limits.MAX_DECIMAL_EXPONENT);
            }
        }
        BigDecimal value = new BigDecimal(decimal);
        if (value.scale() >= 0) {
            return new Rational(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
        }
        return new Rational(value.unscaledValue().multiply(BigInteger.TEN.pow(-value.scale())), BigInteger.ONE);
    }

    private static String withoutSignAndLeadingZeros(String exponent) {
        int start = exponent.startsWith("-") || exponent.startsWith("+") ? 1 : 0;
        while (start < exponent.length() && exponent.charAt(start) == '0') {
            start++;
        }
        return exponent.substring(start);
    }

    public Rational add(Rational other) {
        return new Rational(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Rational subtract(Rational other) {
        return add(other.negate());
    }

    public Rational multiply(Rational other) {
        return new Rational(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Rational divide(Rational other) {
        if (other.isZero()) {
            throw MathException.of(MathProblem.DIVISION_BY_ZERO);
        }
        return new Rational(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    public Rational negate() {
        return new Rational(numerator.negate(), denominator);
    }

    /** This number to a whole, non-negative power, refused before it would pass {@link Limits#MAX_BITS}. */
    public Rational pow(int exponent) {
        if (exponent < 0) {
            throw MathException.of(MathProblem.NEGATIVE_EXPONENT);
        }
        long lowerBound = (long) (Math.max(numerator.bitLength(), denominator.bitLength()) - 1) * exponent;
        if (lowerBound > Limits.MAX_BITS) {
            throw tooManyBits();
        }
        Work.spend(Work.forBits(lowerBound));
        return new Rational(numerator.pow(exponent), denominator.pow(exponent));
    }

    private static MathException tooManyBits() {
        return MathException.of(MathProblem.NUMBER_TOO_LARGE, Limits.MAX_BITS);
    }

    public int signum() {
        return numerator.signum();
    }

    public boolean isZero() {
        return numerator.signum() == 0;
    }

    public boolean isOne() {
        return equals(ONE);
    }

    public boolean isInteger() {
        return denominator.equals(BigInteger.ONE);
    }

    /** Whether the number is written exactly with finitely many decimals (its denominator is 2^a 5^b). */
    public boolean isTerminating() {
        BigInteger rest = denominator;
        while (rest.mod(TWO).signum() == 0) {
            rest = rest.divide(TWO);
        }
        while (rest.mod(FIVE).signum() == 0) {
            rest = rest.divide(FIVE);
        }
        return rest.equals(BigInteger.ONE);
    }

    /** The value as a small int, for exponents; refuses anything else. */
    public int intValueExact() {
        if (!isInteger() || numerator.bitLength() > 31) {
            throw MathException.of(MathProblem.NOT_SMALL_WHOLE, this);
        }
        return numerator.intValue();
    }

    public Rational abs() {
        return signum() < 0 ? negate() : this;
    }

    @Override
    public int compareTo(Rational other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /** The exact decimal, e.g. {@code 9.006001}; only for {@link #isTerminating()} numbers. */
    public String toDecimal() {
        if (!isTerminating()) {
            throw MathException.of(MathProblem.NO_FINITE_DECIMAL, this);
        }
        BigDecimal value = new BigDecimal(numerator).divide(new BigDecimal(denominator));
        return value.stripTrailingZeros().toPlainString();
    }

    /** The nearest double, for placing the number on a plot. */
    public double toDouble() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), java.math.MathContext.DECIMAL64)
                .doubleValue();
    }

    /** The nearest number with at most {@code places} decimals (halves to even), e.g. 0.333333 for 1/3 at 6. */
    public Rational roundedTo(int places) {
        var decimal = new BigDecimal(numerator).divide(new BigDecimal(denominator), places, RoundingMode.HALF_EVEN);
        return parse(decimal.stripTrailingZeros().toPlainString());
    }

    /** The value rounded for reading, e.g. {@code 3.667} for 11/3. */
    public String toRoundedDecimal() {
        BigDecimal value = new BigDecimal(numerator).divide(new BigDecimal(denominator), ROUNDED_DECIMALS,
                RoundingMode.HALF_EVEN);
        if (value.signum() == 0 && !isZero()) {
            value = new BigDecimal(numerator).divide(new BigDecimal(denominator),
                    new java.math.MathContext(ROUNDED_DECIMALS, RoundingMode.HALF_EVEN));
        }
        return value.stripTrailingZeros().toPlainString();
    }

    /** Exact and parseable: {@code 9.006001}, {@code -3.24}, or {@code 11/3}. */
    @Override
    public String toString() {
        return isTerminating() ? toDecimal() : numerator + "/" + denominator;
    }

    /** For reading: the exact decimal, or the fraction with a rounded decimal ({@code 11/3 ≈ 3.667}). */
    public String display(GlyphSet glyphs) {
        return isTerminating() ? toDecimal() : this + " " + glyphs.approximately() + " " + toRoundedDecimal();
    }
}
