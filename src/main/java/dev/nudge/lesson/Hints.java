package dev.nudge.lesson;

/** The hint ladder of an interactive step: first the concept, then a strategy, then the answer itself. */
public record Hints(RichText concept, RichText strategy, RichText answer) {
}
