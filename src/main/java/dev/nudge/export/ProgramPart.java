package dev.nudge.export;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A part of a network's program that a lesson can show on its own, in the order the program has them: what it learns
 * from, the activation, the forward pass, the backward pass, the update, and the main function that prints it all.
 */
public enum ProgramPart {
    DATA("data"),
    ACTIVATION("activation"),
    FORWARD("forward"),
    BACKWARD("backward"),
    UPDATE("update"),
    MAIN("main");

    private final String word;

    ProgramPart(String word) {
        this.word = word;
    }

    /** How a lesson's {@code program} block names it ({@code part: backward}). */
    public String word() {
        return word;
    }

    public static Optional<ProgramPart> named(String word) {
        return Arrays.stream(values()).filter(part -> part.word.equals(word)).findFirst();
    }

    /** The words, for a message that says what may be written: {@code data, activation, ...}. */
    public static String words() {
        return Arrays.stream(values()).map(ProgramPart::word).collect(Collectors.joining(", "));
    }
}
