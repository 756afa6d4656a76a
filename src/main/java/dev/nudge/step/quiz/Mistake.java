package dev.nudge.step.quiz;

import dev.nudge.lesson.RichText;
import dev.nudge.lesson.SourceText;

/** A likely wrong answer and the explanation a learner who gives it needs. */
public record Mistake(SourceText answer, RichText explanation) {
}
