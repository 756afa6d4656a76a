package dev.nudge.lesson;

/** One choice of a multiple-choice quiz; a wrong one says why it is wrong. */
public record Choice(String text, boolean right, String whyWrong) {
}
