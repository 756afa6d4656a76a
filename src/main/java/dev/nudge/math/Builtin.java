package dev.nudge.math;

import java.util.Arrays;
import java.util.Optional;

/**
 * The functions the engine itself knows, as a closed set: a neuron's activation must compute exactly, so each one
 * maps a rational to a rational. {@link #RELU} is {@code max(0, z)}; {@link #HEAVISIDE} is its derivative, 1 where the
 * argument is positive and 0 elsewhere, taking 0 at exactly 0 as most libraries do. A lesson cannot redefine them.
 */
public enum Builtin {
    RELU("relu"),
    HEAVISIDE("heaviside");

    private final String written;

    Builtin(String written) {
        this.written = written;
    }

    /** The name as it is typed and printed, {@code relu}. */
    public String written() {
        return written;
    }

    /** The built-in function called {@code name}, if there is one. */
    public static Optional<Builtin> named(String name) {
        return Arrays.stream(values()).filter(builtin -> builtin.written.equals(name)).findFirst();
    }

    /** The exact value at {@code argument}. */
    public Rational apply(Rational argument) {
        return switch (this) {
            case RELU -> argument.signum() > 0 ? argument : Rational.ZERO;
            case HEAVISIDE -> argument.signum() > 0 ? Rational.ONE : Rational.ZERO;
        };
    }
}
