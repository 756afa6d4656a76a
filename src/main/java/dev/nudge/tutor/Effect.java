package dev.nudge.tutor;

import dev.nudge.progress.ProgressEvent;

/**
 * A side effect asked for by {@link Tutor#update}; the runtime carries it out. Every runtime handles every kind
 * through a {@link Handler}, so a new kind of effect that one of them forgets is a compile error.
 */
public sealed interface Effect {

    /** Carries this effect out with {@code handler}. */
    <X extends Exception> void performWith(Handler<X> handler) throws X;

    /** What a runtime does for each kind of effect. */
    interface Handler<X extends Exception> {
        void quit() throws X;

        void resetLesson(String lessonId) throws X;

        void record(ProgressEvent event) throws X;

        /** Delivers {@link Event.Ticked} once, {@code millis} from now, replacing any tick still to come. */
        void tick(long millis) throws X;
    }

    /** End the session and give the terminal back. */
    record Quit() implements Effect {
        @Override
        public <X extends Exception> void performWith(Handler<X> handler) throws X {
            handler.quit();
        }
    }

    /** Forget the learner's progress in one lesson, after they confirmed it. */
    record ResetLesson(String lessonId) implements Effect {
        @Override
        public <X extends Exception> void performWith(Handler<X> handler) throws X {
            handler.resetLesson(lessonId);
        }
    }

    /** Keep a progress event in the learner's store. */
    record Record(ProgressEvent event) implements Effect {
        @Override
        public <X extends Exception> void performWith(Handler<X> handler) throws X {
            handler.record(event);
        }
    }

    /**
     * Deliver a {@link Event.Ticked} after {@code millis}: a running descent steps on the runtime's clock, which
     * waits for the next event at most until the tick is due, so no timer thread runs per session.
     */
    record Tick(long millis) implements Effect {
        /** How often a running descent steps: ten times a second. */
        public static final long DESCENT_MILLIS = 100;

        @Override
        public <X extends Exception> void performWith(Handler<X> handler) throws X {
            handler.tick(millis);
        }
    }
}
