package dev.nudge.tutor;

import dev.nudge.lab.LabSetup;
import dev.nudge.progress.ProgressEvent;

/** A side effect asked for by {@link Tutor#update}; the runtime carries it out. */
public sealed interface Effect {

    /** End the session and give the terminal back. */
    record Quit() implements Effect {
    }

    /** Forget the learner's progress in one lesson, after they confirmed it. */
    record ResetLesson(String lessonId) implements Effect {
    }

    /** Open the lab full-screen with {@code setup}; the runtime comes back to the same step when it is left. */
    record OpenLab(LabSetup setup) implements Effect {
    }

    /** Keep a progress event in the learner's store. */
    record Record(ProgressEvent event) implements Effect {
    }
}
