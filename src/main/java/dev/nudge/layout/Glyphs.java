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
            "- ", "#", ".", "OK", "X", "^", "v", "->", "<-", "rate");

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

    /** The set to draw with: ASCII when asked for, else the set that suits the language's terminals. */
    public static Glyphs choose(boolean ascii, Language language) {
        if (ascii) {
            return ASCII;
        }
        return language == Language.JA ? NARROW : UNICODE;
    }
}
