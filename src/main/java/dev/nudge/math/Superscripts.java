package dev.nudge.math;

/**
 * Writes the exponents of a general formula ({@code x^n}, {@code x^(n-1)}, {@code v^2}) the way the screen writes
 * powers: raised ({@code xⁿ⁻¹}) where the glyph set has superscripts, with a caret otherwise. A general formula has
 * letters for numbers, so it is not an expression the parser reads.
 */
final class Superscripts {
    private static final String PLAIN = "0123456789n-";
    private static final String RAISED = "⁰¹²³⁴⁵⁶⁷⁸⁹ⁿ⁻";

    private Superscripts() {
    }

    static String written(String formula, GlyphSet glyphs) {
        if (!glyphs.scriptDigits()) {
            return formula;
        }
        var out = new StringBuilder();
        for (int i = 0; i < formula.length(); i++) {
            char c = formula.charAt(i);
            if (c != '^' || i + 1 == formula.length()) {
                out.append(c);
                continue;
            }
            boolean grouped = formula.charAt(i + 1) == '(';
            int end = grouped ? formula.indexOf(')', i) : i + 2;
            var exponent = formula.substring(grouped ? i + 2 : i + 1, end);
            out.append(raised(exponent));
            i = grouped ? end : end - 1;
        }
        return out.toString();
    }

    private static String raised(String exponent) {
        var out = new StringBuilder();
        for (char c : exponent.toCharArray()) {
            int at = PLAIN.indexOf(c);
            if (at < 0) {
                throw new IllegalArgumentException("no superscript for " + c + " in " + exponent);
            }
            out.append(RAISED.charAt(at));
        }
        return out.toString();
    }
}
