package dev.nudge.tui;

import dev.nudge.i18n.Language;

/**
 * The characters the views draw with, in three sets: full Unicode; Unicode without East-Asian-ambiguous-width
 * characters (which some Japanese terminals draw two columns wide); and plain ASCII for terminals without UTF-8.
 */
public enum Glyphs {
    UNICODE(" · ", '─', "×", '┌', '┐', '└', '┘', '─', '│', dev.nudge.math.Glyphs.UNICODE,
            "• ", "■", "□", "✓", "✗", "▲", "▼", "→", "←", "η"),
    NARROW(" ・ ", '-', "x", '+', '+', '+', '+', '-', '|', dev.nudge.math.Glyphs.UNICODE_NARROW,
            "・", "#", ".", "✓", "✗", "^", "v", "->", "<-", "rate"),
    ASCII(" | ", '-', "x", '+', '+', '+', '+', '-', '|', dev.nudge.math.Glyphs.ASCII,
            "- ", "#", ".", "OK", "X", "^", "v", "->", "<-", "rate");

    final String separator;
    final char rule;
    final String times;
    final char topLeft;
    final char topRight;
    final char bottomLeft;
    final char bottomRight;
    final char horizontal;
    final char vertical;
    /** How the math engine draws formulas in this set. */
    final dev.nudge.math.Glyphs math;
    final String bullet;
    final String done;
    final String todo;
    final String right;
    final String wrong;
    final String moreAbove;
    final String moreBelow;
    final String arrow;
    final String assign;
    final String rate;

    Glyphs(String separator, char rule, String times, char topLeft, char topRight, char bottomLeft,
            char bottomRight, char horizontal, char vertical, dev.nudge.math.Glyphs math, String bullet, String done,
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
