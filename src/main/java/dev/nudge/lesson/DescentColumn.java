package dev.nudge.lesson;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A column group of a descent table, as an author names it in {@code columns:}. */
public enum DescentColumn {
    /** Each parameter's value. */
    PARAMS("params"),
    /** Each parameter's slope: the loss's partial derivative by it. */
    SLOPES("slopes"),
    /** The loss. */
    LOSS("loss"),
    /** How far the next update moves the parameter that moves most: the learning rate times its slope. */
    MOVE("move");

    private final String word;

    DescentColumn(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    static Optional<DescentColumn> of(String word) {
        return Arrays.stream(values()).filter(column -> column.word.equals(word)).findFirst();
    }

    static List<String> words() {
        return Arrays.stream(values()).map(DescentColumn::word).toList();
    }
}
