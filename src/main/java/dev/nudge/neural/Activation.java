package dev.nudge.neural;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a hidden neuron applies to its weighted sum. Only ReLU for now: its values and slopes stay exact rationals, so
 * every number a network lesson shows is computed exactly by the engine.
 */
public enum Activation {
    /** {@code relu(z) = max(0, z)}; the engine's built-in of that name. */
    RELU("relu");

    private final String word;

    Activation(String word) {
        this.word = word;
    }

    /** How a lesson writes it, and the engine's function name for it. */
    public String word() {
        return word;
    }

    static Optional<Activation> named(String word) {
        return Arrays.stream(values()).filter(a -> a.word.equals(word)).findFirst();
    }
}
