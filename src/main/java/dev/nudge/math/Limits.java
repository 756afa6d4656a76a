package dev.nudge.math;

/**
 * The bounds that keep every operation fast whatever a learner types: past a bound the engine
 * stops with a {@link MathException} that names the bound instead of hanging or running out of
 * memory.
 */
public final class Limits {
    /** Characters in one input. */
    public static final int MAX_INPUT_LENGTH = 1000;
    /** Nested parentheses, braces, fractions and minus signs in one input. */
    public static final int MAX_NESTING = 50;
    /** The largest exponent that may be written. */
    public static final int MAX_EXPONENT = 100;
    /** Terms one expanded polynomial may have. */
    public static final int MAX_TERMS = 2000;
    /** Pairs of terms one multiplication may combine. */
    public static final int MAX_PRODUCT_WORK = 250_000;
    /** The highest power of one variable in an expansion. */
    public static final int MAX_DEGREE = 1000;
    /** Bits in the numerator or denominator of a number. */
    public static final int MAX_BITS = 1 << 15;
    /** Nodes in a tree built by substitution or differentiation. */
    public static final int MAX_NODES = 50_000;
    /** Depth of a tree built by substitution or differentiation. */
    public static final int MAX_DEPTH = 1500;
    /** Steps in one derivation. */
    public static final int MAX_STEPS = 60;
    /** Digits in a decimal exponent such as {@code 1e-3}. */
    public static final int MAX_DECIMAL_EXPONENT = 1000;

    private Limits() {
    }
}
