package dev.nudge.tui;

/**
 * How far a runtime loop has got: keys handled, keys whose result is on screen, and whether it is waiting for input.
 * The tutor's loop and the lab's share one, so tests can wait for a final screen in either without sleeping.
 */
final class Settling {
    private volatile long keysHandled;
    private volatile long keysDrawn;
    private volatile boolean waiting;

    void handledKey() {
        keysHandled++;
    }

    /** Notes that the screen now shows every key handled so far; call it after a refresh. */
    void drawn(long keys) {
        keysDrawn = keys;
    }

    long handled() {
        return keysHandled;
    }

    void waiting(boolean nowWaiting) {
        waiting = nowWaiting;
    }

    boolean settled(long keys, Inbox inbox) {
        return keysDrawn >= keys && waiting && inbox.isEmpty();
    }
}
