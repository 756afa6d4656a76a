package dev.nudge.ssh;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The log lines for connections refused before they logged in. A flood is thousands of refusals a second, and a line
 * for each would bury everything else in the teacher's console: the first is logged at once, the others within
 * {@link #EVERY} are only counted, and {@link #report} (called by the server's timer every {@link #EVERY}) logs the
 * count, with the last reason.
 */
final class RefusalTally {
    static final Duration EVERY = Duration.ofSeconds(10);

    private final Consumer<String> log;
    private final LongSupplier nanoClock;
    private boolean loggedOnce;
    private long lastLogged;
    private long counted;
    private String lastRefusal;

    RefusalTally(Consumer<String> log, LongSupplier nanoClock) {
        this.log = log;
        this.nanoClock = nanoClock;
    }

    /** A connection from {@code address} (text safe to print) was refused for {@code reason}. */
    synchronized void refused(String address, String reason) {
        long now = nanoClock.getAsLong();
        if (loggedOnce && now - lastLogged < EVERY.toNanos()) {
            counted++;
            lastRefusal = address + ": " + reason;
            return;
        }
        log.accept("refused a connection from " + address + " before it logged in: " + reason);
        loggedOnce = true;
        lastLogged = now;
    }

    /** Logs how many refusals were only counted since the last line, if any were. */
    synchronized void report() {
        if (counted == 0) {
            return;
        }
        long now = nanoClock.getAsLong();
        log.accept("refused " + counted + " more connections before they logged in in the last "
                + Durations.brief(Duration.ofNanos(now - lastLogged)) + " (the last from " + lastRefusal + ")");
        lastLogged = now;
        counted = 0;
    }
}
