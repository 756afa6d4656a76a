package dev.nudge.neural;

import dev.nudge.math.Rational;

/**
 * One training example as a network sees it: an input and the output it should give. The network's own type, so the
 * passes need nothing of the lesson that declares the data.
 *
 * @param x the input
 * @param y the output the data asks for
 */
public record Sample(Rational x, Rational y) {
}
