package dev.nudge.export;

import dev.nudge.math.Rational;

/** One point of the data a program learns from: the input {@code x} and the output {@code y} wanted for it. */
public record Sample(Rational x, Rational y) {
}
