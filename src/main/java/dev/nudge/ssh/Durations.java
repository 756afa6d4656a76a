package dev.nudge.ssh;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Durations as a person reads them in a log line: {@code 2m13s}, {@code 30m}, {@code 1h}. */
final class Durations {
    private Durations() {
    }

    static String brief(Duration duration) {
        // ISO-8601 without its "PT" prefix, in lower case, to whole seconds.
        return duration.truncatedTo(ChronoUnit.SECONDS).toString().substring(2).toLowerCase(Locale.ROOT);
    }
}
