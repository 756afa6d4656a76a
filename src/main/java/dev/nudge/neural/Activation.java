package dev.nudge.neural;

import dev.nudge.math.Builtin;
import dev.nudge.math.Rational;
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

    /** The activation's value at {@code sum}, as the engine's built-in computes it. */
    public Rational apply(Rational sum) {
        return Builtin.RELU.apply(sum);
    }

    /**
     * The activation's slope at {@code sum}: 1 where it is positive, else 0, taking 0 at exactly 0 as the engine's
     * ReLU rule does, so a backward pass and the engine's derivative agree there too.
     */
    public Rational slope(Rational sum) {
        return Builtin.HEAVISIDE.apply(sum);
    }

    static Optional<Activation> named(String word) {
        return Arrays.stream(values()).filter(a -> a.word.equals(word)).findFirst();
    }
}
