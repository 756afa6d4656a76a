package dev.nudge.tui;

import dev.nudge.i18n.Language;

/**
 * The characters the views draw with, in three sets: full Unicode; Unicode without East-Asian-ambiguous-width
 * characters (which some Japanese terminals draw two columns wide); and plain ASCII for terminals without UTF-8.
 */
public enum Glyphs {
    UNICODE(" · ", '─', "×", '┌', '┐', '└', '┘', '─', '│'),
    NARROW(" ・ ", '-', "x", '+', '+', '+', '+', '-', '|'),
    ASCII(" | ", '-', "x", '+', '+', '+', '+', '-', '|');

    final String separator;
    final char rule;
    final String times;
    final char topLeft;
    final char topRight;
    final char bottomLeft;
    final char bottomRight;
    final char horizontal;
    final char vertical;

    Glyphs(String separator, char rule, String times, char topLeft, char topRight, char bottomLeft,
            char bottomRight, char horizontal, char vertical) {
        this.separator = separator;
        this.rule = rule;
        this.times = times;
        this.topLeft = topLeft;
        this.topRight = topRight;
        this.bottomLeft = bottomLeft;
        this.bottomRight = bottomRight;
        this.horizontal = horizontal;
        this.vertical = vertical;
    }

    /** The set to draw with: ASCII when asked for, else the set that suits the language's terminals. */
    public static Glyphs choose(boolean ascii, Language language) {
        if (ascii) {
            return ASCII;
        }
        return language == Language.JA ? NARROW : UNICODE;
    }
}
