package dev.nudge.tutor;

import dev.nudge.i18n.Language;
import dev.nudge.progress.Progress;
import dev.nudge.step.CheckingBudget;

/**
 * The learner as the tutor knows them: what they have done, the language they read, and the work spent checking
 * their typed answers in this session.
 *
 * @param progress what the learner has done so far
 * @param language the language of interface and lessons
 * @param checking the work spent checking typed answers in this session, against its budget
 */
public record LearnerState(Progress progress, Language language, CheckingBudget checking) {
    public LearnerState {
        if (progress == null || language == null || checking == null) {
            throw new IllegalArgumentException("every part of a learner must be given");
        }
    }

    LearnerState withProgress(Progress newProgress) {
        return new LearnerState(newProgress, language, checking);
    }

    LearnerState withLanguage(Language newLanguage) {
        return new LearnerState(progress, newLanguage, checking);
    }

    LearnerState withChecking(CheckingBudget newChecking) {
        return new LearnerState(progress, language, newChecking);
    }
}
