package dev.nudge.progress;

/**
 * A store that cannot be used at all when it is opened, such as a shared database that does not answer: unlike a
 * progress file, which falls back to memory and says so, a class server or a tutor told to keep progress in a
 * database must not start without it. The message is one line, naming where, what went wrong and what to do.
 */
public final class StoreUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String oneLine) {
        super(oneLine);
    }
}
