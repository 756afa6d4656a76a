package dev.nudge.lesson;

/**
 * A piece of a lesson file with where it starts, so a problem found in it later (an expression that does not parse,
 * a number that does not compute) is reported at its exact line and column.
 *
 * @param text the text as written
 * @param line the 1-based line it starts on
 * @param column the 1-based column of its first character
 */
public record SourceText(String text, int line, int column) {
    public SourceText {
        if (text == null || line < 1 || column < 1) {
            throw new IllegalArgumentException("source text needs text and a position from 1:1");
        }
    }

    /** The part of this text from {@code start} to {@code end} (exclusive), with its own position. */
    public SourceText slice(int start, int end) {
        return new SourceText(text.substring(start, end), line, column + start);
    }

    /** This text without surrounding white space, keeping the position of its first kept character. */
    public SourceText strip() {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return slice(start, end);
    }
}
