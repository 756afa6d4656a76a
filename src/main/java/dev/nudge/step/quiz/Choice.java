package dev.nudge.step.quiz;

import dev.nudge.lesson.RichText;

/** One choice of a multiple-choice quiz; a wrong one says why it is wrong. */
public record Choice(RichText text, boolean right, RichText whyWrong) {
}
