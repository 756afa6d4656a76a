package dev.nudge.tutor;

/** A side effect asked for by {@link Tutor#update}; the runtime carries it out. */
public sealed interface Effect {

    /** End the session and give the terminal back. */
    record Quit() implements Effect {
    }
}
