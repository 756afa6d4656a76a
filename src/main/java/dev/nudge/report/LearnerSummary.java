package dev.nudge.report;

import dev.nudge.progress.StepKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One learner's line in a teacher's report.
 *
 * @param learner the learner's name
 * @param lessonsCompleted lessons whose every step was seen; empty when the course could not be read
 * @param position where the learner would continue, if anywhere
 * @param positionTitle that step as a person reads it
 * @param quizzesRightFirstTry quizzes answered rightly at the first try
 * @param quizzesAnswered quizzes answered at all
 * @param hintsUsed hints taken, over all steps
 * @param lastActive when the learner last did something
 * @param fingerprints the keys that logged in under this name, first seen first: two keys under one name are two
 *     people, or one person with two computers, and only the teacher can tell which
 */
public record LearnerSummary(String learner, OptionalInt lessonsCompleted, Optional<StepKey> position, String positionTitle,
        int quizzesRightFirstTry, int quizzesAnswered, int hintsUsed, Instant lastActive, List<String> fingerprints) {
    public LearnerSummary {
        fingerprints = List.copyOf(fingerprints);
    }
}
