package dev.nudge.tutor;

import dev.nudge.progress.ProgressEvent;

/** A side effect asked for by {@link Tutor#update}; the runtime carries it out. */
public sealed interface Effect {

    /** End the session and give the terminal back. */
    record Quit() implements Effect {
    }

    /** Forget the learner's progress in one lesson, after they confirmed it. */
    record ResetLesson(String lessonId) implements Effect {
    }

    /** Keep a progress event in the learner's store. */
    record Record(ProgressEvent event) implements Effect {
    }
}
