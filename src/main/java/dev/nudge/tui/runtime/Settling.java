package dev.nudge.tui.runtime;

/**
 * Whether a loop's screen is final: the result of a number of keys is drawn and the loop waits with nothing left to
 * do. The build's rehearsal for the class-data-sharing archive ({@code ArchiveTraining}) presses each key only once
 * the frame of the one before is drawn, so that every page it walks is drawn; tests use it to compare screens
 * without guessing at timing. A loop is given one as its {@link LoopWatch}.
 */
public final class Settling implements LoopWatch {
    private final Inbox inbox;
    private volatile long keysHandled;
    private volatile long keysDrawn;
    private volatile boolean waiting;

    /** Watches a loop that takes its events from {@code inbox}. */
    public Settling(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public void handledKey() {
        keysHandled++;
    }

    @Override
    public void drawn() {
        keysDrawn = keysHandled;
    }

    @Override
    public void waiting(boolean nowWaiting) {
        waiting = nowWaiting;
    }

    /** Whether the loop has drawn the result of at least {@code keys} key presses and waits with nothing to do. */
    public boolean settled(long keys) {
        return keysDrawn >= keys && waiting && inbox.isEmpty();
    }
}
