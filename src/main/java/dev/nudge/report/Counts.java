package dev.nudge.report;

import java.util.OptionalInt;

/** Writes a count that may be unknown (when the course could not be read) the same way in every format. */
final class Counts {
    private Counts() {
    }

    /** The count, or an empty text when unknown. */
    static String text(OptionalInt count) {
        return count.isPresent() ? String.valueOf(count.getAsInt()) : "";
    }

    /** The count, or {@code null} when unknown, as a JSON value. */
    static String json(OptionalInt count) {
        return count.isPresent() ? String.valueOf(count.getAsInt()) : "null";
    }
}
