package dev.nudge.tui.terminal;

import java.nio.charset.StandardCharsets;

/**
 * Text as it must reach a terminal. Lanterna 3.1 encodes each character with {@code Charset.encode(..).array()},
 * which appends a NUL byte to every 2-byte UTF-8 character, and it measures characters beyond U+FFFF as one column
 * and sends them as two {@code ?}. This class gives the exact bytes, and the screen text without such characters.
 */
public final class TerminalText {
    /** Shown in place of a character the terminal layer cannot measure or encode. */
    static final char REPLACEMENT = '?';

    private TerminalText() {
    }

    /** The UTF-8 bytes of one character, and nothing more. */
    public static byte[] utf8(char c) {
        return String.valueOf(c).getBytes(StandardCharsets.UTF_8);
    }

    /** {@code text} with each character beyond U+FFFF, or that Lanterna would mis-measure, replaced by one '?'. */
    public static String drawable(String text) {
        if (text.chars().noneMatch(c -> Character.isSurrogate((char) c) || isCombining(c))) {
            return text;
        }
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(Character.isBmpCodePoint(cp) && !isCombining(cp)
                ? (char) cp : REPLACEMENT));
        return out.toString();
    }

    private static boolean isCombining(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
