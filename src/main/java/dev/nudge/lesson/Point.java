package dev.nudge.lesson;

/** One training example {@code (x, y)}: an input and the output the network should give for it. */
public record Point(SourceText x, SourceText y) {
}
