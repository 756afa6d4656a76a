package dev.nudge.tutor;

import dev.nudge.i18n.Language;
import dev.nudge.progress.Progress;
import dev.nudge.step.CheckingBudget;

/**
 * The learner as the tutor knows them: who they are, what they have done, the language they read, and the work spent
 * checking their typed answers in this session.
 *
 * @param id the id the learner's progress is kept under (the local user, or the name a class server knows them by)
 * @param progress what the learner has done so far
 * @param language the language of interface and lessons
 * @param checking the work spent checking typed answers in this session, against its budget
 */
public record LearnerState(String id, Progress progress, Language language, CheckingBudget checking) {
    public LearnerState {
        if (id == null || progress == null || language == null || checking == null) {
            throw new IllegalArgumentException("every part of a learner must be given");
        }
    }

    LearnerState withProgress(Progress newProgress) {
        return new LearnerState(id, newProgress, language, checking);
    }

    LearnerState withLanguage(Language newLanguage) {
        return new LearnerState(id, progress, newLanguage, checking);
    }

    LearnerState withChecking(CheckingBudget newChecking) {
        return new LearnerState(id, progress, language, newChecking);
    }
}
