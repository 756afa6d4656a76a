package dev.nudge.math;

/**
 * The character sets the renderer draws with, one grid cell per character. UNICODE is the
 * nicest; UNICODE_NARROW avoids every East-Asian-ambiguous-width character (such as {@code ─ ² ₁
 * × ∂}), which some Japanese terminals draw two cells wide; ASCII works everywhere. Whether script
 * digits ({@code P₁²}) are drawn depends on the terminal, so each Unicode set has a twin that
 * differs only there (see {@link #withScriptDigits}); without them a subscript is written in line
 * ({@code P_1}), never on a row of its own.
 */
public enum GlyphSet {
    UNICODE(" × ", '─', "≈", "∂", "⎛⎜⎝⎞⎟⎠", true),
    UNICODE_NARROW(" ⋅ ", '⎯', "≃", "d", "⎛⎜⎝⎞⎟⎠", false),
    ASCII(" * ", '-', "~", "d", "/|\\\\|/", false),
    /** UNICODE for a terminal that draws script digits two columns wide. */
    UNICODE_SPELLED_SCRIPTS(UNICODE, false),
    /** UNICODE_NARROW for a terminal that draws script digits one column wide. */
    UNICODE_NARROW_SCRIPT_DIGITS(UNICODE_NARROW, true);

    private static final String SUBSCRIPT_DIGITS = "₀₁₂₃₄₅₆₇₈₉";
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final String times;
    private final char bar;
    private final String approximately;
    private final String partial;
    private final String tallParentheses;
    private final boolean scriptDigits;

    GlyphSet(String times, char bar, String approximately, String partial, String tallParentheses,
            boolean scriptDigits) {
        this.times = times;
        this.bar = bar;
        this.approximately = approximately;
        this.partial = partial;
        this.tallParentheses = tallParentheses;
        this.scriptDigits = scriptDigits;
    }

    GlyphSet(GlyphSet like, boolean scriptDigits) {
        this(like.times, like.bar, like.approximately, like.partial, like.tallParentheses, scriptDigits);
    }

    /** An explicit multiplication sign with its spaces. */
    public String times() {
        return times;
    }

    /** The character a fraction bar is drawn with. */
    public char bar() {
        return bar;
    }

    /** The sign between an exact fraction and its rounded decimal. */
    public String approximately() {
        return approximately;
    }

    /** The letter of a partial derivative. */
    public String partial() {
        return partial;
    }

    /** Whether digits may be written as Unicode subscripts and superscripts ({@code P₁²}). */
    public boolean scriptDigits() {
        return scriptDigits;
    }

    /**
     * This set, with script digits or without, as the terminal draws them one column wide or not. ASCII has none to
     * offer.
     */
    public GlyphSet withScriptDigits(boolean wanted) {
        if (this == ASCII || scriptDigits == wanted) {
            return this;
        }
        return switch (this) {
            case UNICODE -> UNICODE_SPELLED_SCRIPTS;
            case UNICODE_SPELLED_SCRIPTS -> UNICODE;
            case UNICODE_NARROW -> UNICODE_NARROW_SCRIPT_DIGITS;
            case UNICODE_NARROW_SCRIPT_DIGITS, ASCII -> UNICODE_NARROW;
        };
    }

    /** Whether a product written side by side ({@code 4P_1}) is drawn with a sign ({@code 4*P_1}). */
    public boolean spellsImplicitProducts() {
        return this == ASCII;
    }

    /** The pieces of tall parentheses: left top, middle, bottom, then right top, middle, bottom. */
    char tallParenthesis(int index) {
        return tallParentheses.charAt(index);
    }

    /** {@code digits} as subscripts, or null when this set has none. */
    String subscript(String digits) {
        return scripted(digits, SUBSCRIPT_DIGITS);
    }

    /** {@code digits} as superscripts, or null when this set has none. */
    String superscript(String digits) {
        return scripted(digits, SUPERSCRIPT_DIGITS);
    }

    private String scripted(String digits, String alphabet) {
        if (!scriptDigits || !Digits.isWholeNumber(digits)) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (char digit : digits.toCharArray()) {
            out.append(alphabet.charAt(digit - '0'));
        }
        return out.toString();
    }
}
