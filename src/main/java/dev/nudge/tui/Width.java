package dev.nudge.tui;

import com.googlecode.lanterna.TerminalTextUtils;

/**
 * Display columns exactly as Lanterna counts them (Chinese, Japanese and Korean characters take two columns, a tab
 * four, anything else one), but quick for the characters most text is made of: Lanterna looks up the Unicode block of
 * every character, and no block before U+1100 (Hangul Jamo, the first it counts as wide) is wide.
 */
final class Width {
    private static final char FIRST_WIDE = '\u1100';
    private static final int TAB_COLUMNS = 4;

    private Width() {
    }

    static boolean isWide(char c) {
        return c >= FIRST_WIDE && TerminalTextUtils.isCharCJK(c);
    }

    /** The columns {@code text} takes, as {@link TerminalTextUtils#getColumnWidth} counts them. */
    static int columns(CharSequence text) {
        int columns = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            columns += c == '\t' ? TAB_COLUMNS : isWide(c) ? 2 : 1;
        }
        return columns;
    }

    /**
     * The start of {@code text} that fits in {@code columns}, as {@link TerminalTextUtils#fitString(String, int)}
     * gives it: a wide character that would cross the edge becomes a space.
     */
    static String fit(String text, int columns) {
        var fitted = new StringBuilder();
        int room = columns;
        for (int i = 0; room > 0 && i < text.length(); i++) {
            char c = text.charAt(i);
            room -= isWide(c) ? 2 : 1;
            fitted.append(room < 0 ? ' ' : c);
        }
        return fitted.toString();
    }
}
