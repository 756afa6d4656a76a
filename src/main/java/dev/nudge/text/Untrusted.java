package dev.nudge.text;

import java.util.Locale;

/**
 * Text that came from outside (a user name, a key comment, a {@code TERM} value, a typed answer), made safe for the
 * place it is shown. Anything a stranger can choose may hold escape sequences that repaint a teacher's terminal, line
 * ends that forge a log line, or a spreadsheet formula: each is neutralised here, in one place, so that every console
 * line, table and file written from such text treats it alike.
 */
public final class Untrusted {
    /** Longer text is cut to this many characters before it is shown in a line of a console or a table. */
    public static final int LINE_LIMIT = 200;

    private Untrusted() {
    }

    /**
     * {@code text} with every control or invisible formatting character written out visibly ({@code \x1B},
     * {@code \n}, {@code \u202E}), so that it can neither move the cursor, nor start a new line, nor reorder what
     * follows; cut to {@link #LINE_LIMIT} characters with a closing {@code …}.
     */
    public static String forLine(String text) {
        if (text == null) {
            return "";
        }
        var safe = new StringBuilder(Math.min(text.length(), LINE_LIMIT) + 8);
        for (int i = 0; i < text.length() && safe.length() < LINE_LIMIT; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                safe.append("\\n");
            } else if (c == '\r') {
                safe.append("\\r");
            } else if (c == '\t') {
                safe.append("\\t");
            } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                safe.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
            } else if (isInvisibleFormat(c) || isLoneSurrogate(text, i)) {
                safe.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                safe.append(c);
                if (Character.isHighSurrogate(c)) {
                    safe.append(text.charAt(++i));
                }
            }
        }
        if (safe.length() >= LINE_LIMIT && text.length() > LINE_LIMIT) {
            safe.setLength(LINE_LIMIT);
            safe.append('…');
        }
        return safe.toString();
    }

    /**
     * {@code text} as the value of one CSV cell: first made safe as {@link #forLine}, then, when it starts with a
     * character that a spreadsheet reads as the start of a formula ({@code = + - @}, tab or carriage return), prefixed
     * with an apostrophe, as OWASP's advice on CSV injection has it. Quoting is the CSV writer's business.
     */
    public static String forCsvCell(String text) {
        var safe = forLine(text);
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + safe;
        }
        return safe;
    }

    /** Bidirectional overrides and isolates, zero-width characters and line or paragraph separators. */
    public static boolean isInvisibleFormat(char c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.PRIVATE_USE;
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c);
    }
}
