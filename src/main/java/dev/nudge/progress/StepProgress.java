package dev.nudge.progress;

/**
 * What a learner has done at one step.
 *
 * @param visited the step was shown
 * @param attempts answers or guesses given
 * @param solved answered rightly at some point
 * @param firstTry the first answer was right (what the score counts)
 * @param hints the highest hint level taken
 * @param answerShown the answer was shown after misses
 * @param lastCorrect the latest answer was right (what a review of mistakes asks about)
 * @param firstAnswer the first answer or guess as it was recorded, empty before one (what the closing recap says back)
 */
public record StepProgress(boolean visited, int attempts, boolean solved, boolean firstTry, int hints,
        boolean answerShown, boolean lastCorrect, String firstAnswer) {
    public static final StepProgress NONE = new StepProgress(false, 0, false, false, 0, false, false, "");

    public StepProgress {
        if (attempts < 0 || hints < 0 || hints > 3 || firstAnswer == null) {
            throw new IllegalArgumentException("attempts and hints cannot be negative, and there are three hints");
        }
    }

    /** This step's progress after {@code event}. */
    public StepProgress after(ProgressEvent event) {
        if (event instanceof ProgressEvent.Answered answered) {
            return attempt(answered.correct(), answered.answer());
        }
        if (event instanceof ProgressEvent.Guessed guessed) {
            return attempt(guessed.correct(), guessed.guess());
        }
        if (event instanceof ProgressEvent.HintTaken hint) {
            return new StepProgress(true, attempts, solved, firstTry, Math.max(hints, hint.level()), answerShown,
                    lastCorrect, firstAnswer);
        }
        if (event instanceof ProgressEvent.AnswerShown) {
            return new StepProgress(true, attempts, solved, firstTry, hints, true, false, firstAnswer);
        }
        return new StepProgress(true, attempts, solved, firstTry, hints, answerShown, lastCorrect, firstAnswer);
    }

    /** Whether this step belongs in a review of mistakes: answered, and the latest answer was not right. */
    public boolean needsReview() {
        return attempts > 0 && !lastCorrect;
    }

    private StepProgress attempt(boolean correct, String answer) {
        boolean first = attempts == 0 && correct && !answerShown;
        return new StepProgress(true, attempts + 1, solved || correct, firstTry || first, hints, answerShown, correct,
                attempts == 0 ? answer : firstAnswer);
    }
}
