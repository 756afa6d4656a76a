package dev.nudge.layout;

/**
 * Keeps a formula on one line except between its terms: every space in it becomes a no-break space, but for those
 * beside a sign that joins terms ({@code +}, {@code -}, {@code =}) outside any bracket. {@link StyledWrap} then
 * breaks a reason such as "square of a sum: (P₁ + 2)² = P₁² + 4P₁ + 4" only where a reader would, never inside
 * {@code (P₁ + 2)²}, and draws the no-break spaces as spaces.
 */
public final class TermBreaks {
    /** The space {@link Wrap} never breaks at; {@link StyledWrap} draws it as a space. */
    public static final char NO_BREAK = '\u00a0';
    private static final String JOINS_TERMS = "+-=≈→";
    private static final String OPENS = "([{⎛";
    private static final String CLOSES = ")]}⎞";

    private TermBreaks() {
    }

    /** {@code formula} with the spaces that are not between terms made no-break spaces. */
    public static String betweenTermsOnly(String formula) {
        var out = new StringBuilder(formula.length());
        int depth = 0;
        for (int i = 0; i < formula.length(); i++) {
            char c = formula.charAt(i);
            if (OPENS.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSES.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            }
            boolean betweenTerms = depth == 0 && (joinsTerms(formula, i - 1) || joinsTerms(formula, i + 1));
            out.append(c == ' ' && !betweenTerms ? NO_BREAK : c);
        }
        return out.toString();
    }

    /** Whether a lone sign that joins terms stands at {@code at}, with a space on each side. */
    private static boolean joinsTerms(String formula, int at) {
        return at > 0 && at + 1 < formula.length() && JOINS_TERMS.indexOf(formula.charAt(at)) >= 0
                && formula.charAt(at - 1) == ' ' && formula.charAt(at + 1) == ' ';
    }
}
