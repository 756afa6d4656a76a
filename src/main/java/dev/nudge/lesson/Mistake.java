package dev.nudge.lesson;

/** A likely wrong answer and the explanation a learner who gives it needs. */
public record Mistake(SourceText answer, RichText explanation) {
}
