package dev.nudge.step;

import java.util.Objects;

/**
 * The one-line answer a learner is typing, with its cursor. Every edit returns a new field, so the tutor's state
 * stays a value. The field holds only characters a terminal draws one or two columns wide, and at most
 * {@link #MAX_LENGTH} of them: a paste of anything else cannot disturb the screen or the grader.
 */
public record InputField(String text, int cursor) {
    /** The longest answer, far beyond any answer of the course and well within one screen line's scrolling. */
    public static final int MAX_LENGTH = 200;

    public InputField {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an answer holds at most " + MAX_LENGTH + " characters");
        }
        if (cursor < 0 || cursor > text.length()) {
            throw new IllegalArgumentException("the cursor " + cursor + " is outside 0.." + text.length());
        }
        if (!text.chars().allMatch(c -> accepts((char) c))) {
            throw new IllegalArgumentException("an answer holds only printable characters");
        }
    }

    public static InputField empty() {
        return new InputField("", 0);
    }

    /**
     * Whether {@code c} may be typed: not a control or formatting character, not half of a character beyond U+FFFF,
     * not a combining mark, and assigned; the terminal layer could not measure the others.
     */
    public static boolean accepts(char c) {
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** Whether the field is at its maximum length, so the tutor can say the answer is too long. */
    public boolean full() {
        return text.length() >= MAX_LENGTH;
    }

    /** {@code c} typed at the cursor; the same field when {@code c} is not accepted or the field is full. */
    public InputField insert(char c) {
        return paste(String.valueOf(c));
    }

    /**
     * {@code pasted} inserted at the cursor, keeping only the characters {@link #accepts} allows (line breaks and
     * tabs become nothing) and only as many as fit: after a paste that does not fit, the field is {@link #full}.
     * Full-width forms, as a Japanese keyboard types them ({@code １ ＋ ＊ （}), go in as their ASCII forms.
     */
    public InputField paste(String pasted) {
        var kept = new StringBuilder();
        int room = MAX_LENGTH - text.length();
        for (int i = 0; i < pasted.length() && kept.length() < room; i++) {
            char c = halfWidth(pasted.charAt(i));
            if (accepts(c)) {
                kept.append(c);
            }
        }
        return kept.length() == 0 ? this
                : new InputField(before() + kept + after(), cursor + kept.length());
    }

    /**
     * The ASCII form of a full-width character (U+FF01 to U+FF5E), of the ideographic space and of the minus sign
     * (U+2212); any other character as it is.
     */
    static char halfWidth(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000') {
            return ' ';
        }
        return c == '\u2212' ? '-' : c;
    }

    /** The character before the cursor removed. */
    public InputField backspace() {
        return cursor == 0 ? this : new InputField(text.substring(0, cursor - 1) + after(), cursor - 1);
    }

    /** The character at the cursor removed. */
    public InputField delete() {
        return cursor == text.length() ? this : new InputField(before() + text.substring(cursor + 1), cursor);
    }

    public InputField left() {
        return moveTo(cursor - 1);
    }

    public InputField right() {
        return moveTo(cursor + 1);
    }

    public InputField home() {
        return moveTo(0);
    }

    public InputField end() {
        return moveTo(text.length());
    }

    private InputField moveTo(int position) {
        int clamped = Math.max(0, Math.min(text.length(), position));
        return clamped == cursor ? this : new InputField(text, clamped);
    }

    private String before() {
        return text.substring(0, cursor);
    }

    private String after() {
        return text.substring(cursor);
    }
}
