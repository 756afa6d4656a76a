package dev.nudge.progress;

import java.util.Map;

/**
 * Takes a progress file's figures as they are read, so that a report over a whole class never needs every event in
 * memory at once: first which steps are questions, then each learner in turn, by name.
 */
public interface TallySink {
    /** A quiz: a step someone answered. */
    String QUIZ = "quiz";
    /** A guess: a step someone guessed at. */
    String GUESS = "guess";

    /** Every step anyone answered ({@link #QUIZ}) or guessed at ({@link #GUESS}). */
    void questions(Map<StepKey, String> kinds);

    /** The next learner; learners come in the order of their names. */
    void learner(LearnerTally learner);
}
