package dev.nudge.layout;



/**
 * Display columns exactly as Lanterna counts them (Chinese, Japanese and Korean characters take two columns, a tab
 * four, anything else one), but quicker: Lanterna looks up the Unicode block of every character it measures, a
 * search that showed in every frame's profile. The blocks it counts as wide are these ranges; a test compares every
 * character with Lanterna's answer.
 */
public final class Width {
    /** First and last character of each range Lanterna counts as wide, in order. */
    private static final char[] WIDE = {
        '\u1100', '\u11ff', // Hangul Jamo
        '\u2e80', '\u2eff', // CJK Radicals Supplement
        '\u3000', '\u30ff', // CJK Symbols and Punctuation, Hiragana, Katakana
        '\u3130', '\u318f', // Hangul Compatibility Jamo
        '\u31f0', '\u32ff', // Katakana Phonetic Extensions, Enclosed CJK Letters and Months
        '\u3400', '\u4dbf', // CJK Unified Ideographs Extension A
        '\u4e00', '\u9fff', // CJK Unified Ideographs
        '\uac00', '\ud7af', // Hangul Syllables
        '\uf900', '\ufaff', // CJK Compatibility Ideographs
        '\ufe30', '\ufe4f', // CJK Compatibility Forms
        '\uff00', '\uff60', // Fullwidth Forms (not the halfwidth ones after them)
    };
    private static final int TAB_COLUMNS = 4;

    private Width() {
    }

    public static boolean isWide(char c) {
        if (c < WIDE[0]) {
            return false;
        }
        for (int i = 0; i < WIDE.length; i += 2) {
            if (c < WIDE[i]) {
                return false;
            }
            if (c <= WIDE[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** The columns {@code text} takes, as Lanterna's {@code TerminalTextUtils.getColumnWidth} counts them. */
    public static int columns(CharSequence text) {
        int columns = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            columns += c == '\t' ? TAB_COLUMNS : isWide(c) ? 2 : 1;
        }
        return columns;
    }

    /**
     * The start of {@code text} that fits in {@code columns}, as Lanterna's {@code TerminalTextUtils.fitString}
     * gives it: a wide character that would cross the edge becomes a space.
     */
    public static String fit(String text, int columns) {
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
