package dev.nudge.layout;

import dev.nudge.i18n.Language;
import dev.nudge.math.GlyphSet;

/**
 * The characters the views draw with, in three sets: full Unicode; Unicode without East-Asian-ambiguous-width
 * characters (which some Japanese terminals draw two columns wide); and plain ASCII for terminals without UTF-8.
 */
public enum Glyphs {
    UNICODE(" · ", '─', "×", '┌', '┐', '└', '┘', '─', '│', GlyphSet.UNICODE,
            "• ", "■", "□", "✓", "✗", "▲", "▼", "→", "←", "η"),
    NARROW(" ・ ", '-', "x", '+', '+', '+', '+', '-', '|', GlyphSet.UNICODE_NARROW,
            "・", "#", ".", "✓", "✗", "^", "v", "->", "<-", "rate"),
    ASCII(" | ", '-', "x", '+', '+', '+', '+', '-', '|', GlyphSet.ASCII,
            "- ", "#", ".", "OK", "X", "^", "v", "->", "<-", "rate"),
    /** UNICODE on a terminal that draws script digits wide: subscripts in line ({@code P_1}). */
    UNICODE_INLINE_SUBSCRIPTS(UNICODE, GlyphSet.UNICODE_SPELLED_SCRIPTS),
    /** NARROW on a terminal that draws script digits one column wide ({@code P₁}). */
    NARROW_SUBSCRIPT_DIGITS(NARROW, GlyphSet.UNICODE_NARROW_SCRIPT_DIGITS);

    public final String separator;
    public final char rule;
    public final String times;
    public final char topLeft;
    public final char topRight;
    public final char bottomLeft;
    public final char bottomRight;
    public final char horizontal;
    public final char vertical;
    /** How the math engine draws formulas in this set. */
    public final GlyphSet math;
    public final String bullet;
    public final String done;
    public final String todo;
    public final String right;
    public final String wrong;
    public final String moreAbove;
    public final String moreBelow;
    public final String arrow;
    public final String assign;
    public final String rate;

    Glyphs(String separator, char rule, String times, char topLeft, char topRight, char bottomLeft,
            char bottomRight, char horizontal, char vertical, GlyphSet math, String bullet, String done,
            String todo, String right, String wrong, String moreAbove, String moreBelow, String arrow, String assign,
            String rate) {
        this.separator = separator;
        this.rule = rule;
        this.times = times;
        this.topLeft = topLeft;
        this.topRight = topRight;
        this.bottomLeft = bottomLeft;
        this.bottomRight = bottomRight;
        this.horizontal = horizontal;
        this.vertical = vertical;
        this.math = math;
        this.bullet = bullet;
        this.done = done;
        this.todo = todo;
        this.right = right;
        this.wrong = wrong;
        this.moreAbove = moreAbove;
        this.moreBelow = moreBelow;
        this.arrow = arrow;
        this.assign = assign;
        this.rate = rate;
    }

    Glyphs(Glyphs like, GlyphSet math) {
        this(like.separator, like.rule, like.times, like.topLeft, like.topRight, like.bottomLeft, like.bottomRight,
                like.horizontal, like.vertical, math, like.bullet, like.done, like.todo, like.right, like.wrong,
                like.moreAbove, like.moreBelow, like.arrow, like.assign, like.rate);
    }

    /** The set to draw with: ASCII when asked for, else the set that suits the language's terminals. */
    public static Glyphs choose(boolean ascii, Language language) {
        return choose(ascii, language, Subscripts.UNMEASURED);
    }

    /**
     * The set to draw with: ASCII when asked for, else the set that suits the language's terminals, with subscripts
     * as {@code subscripts} says (when it is measured or forced).
     */
    public static Glyphs choose(boolean ascii, Language language, Subscripts subscripts) {
        if (ascii) {
            return ASCII;
        }
        var usual = language == Language.JA ? NARROW : UNICODE;
        return switch (subscripts) {
            case UNMEASURED -> usual;
            case DIGITS -> usual == NARROW ? NARROW_SUBSCRIPT_DIGITS : UNICODE;
            case INLINE -> usual == NARROW ? NARROW : UNICODE_INLINE_SUBSCRIPTS;
        };
    }
}
