package dev.nudge.export;

import dev.nudge.math.Rational;

/**
 * What a lesson fixes about its program besides the network: the learning rate of every update, and how many updates
 * the training makes (0 for a program that makes the one update and stops).
 *
 * @param rate the learning rate, above 0
 * @param steps the number of updates in all, from the start, 0 to {@value #MAX_STEPS}
 */
public record ProgramSettings(Rational rate, int steps) {
    /** The most updates a program makes: enough to train the lesson's network, few enough to run in a blink. */
    public static final int MAX_STEPS = 100_000;

    public ProgramSettings {
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("the learning rate is above 0, not " + rate);
        }
        if (steps < 0 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("a program makes 0 to " + MAX_STEPS + " updates, not " + steps);
        }
    }

    /** Whether the program trains after its first update. */
    public boolean trains() {
        return steps > 1;
    }

    /** How often the training prints the loss: 1, 2, 5, 10, 20, 50, ... steps, so that it prints about ten times. */
    public int reportEvery() {
        int every = 1;
        int[] series = {2, 5, 10};
        for (int magnitude = 1; every * 10 < steps; magnitude *= 10) {
            for (int factor : series) {
                if (every * 10 < steps) {
                    every = factor * magnitude;
                }
            }
        }
        return every;
    }
}
