package dev.nudge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A time span as a configuration file writes it, one number and one unit ({@code 30s}, {@code 2h}), so that a test
 * can compare a balancer's or service manager's time-out with the server's own.
 */
record TimeSpan(String bareUnit, Map<String, Duration> units) {
    /** HAProxy's times: milliseconds when no unit is given. */
    static final TimeSpan HAPROXY = new TimeSpan("ms", Map.of("us", Duration.ofNanos(1000), "ms", Duration.ofMillis(1),
            "s", Duration.ofSeconds(1), "m", Duration.ofMinutes(1), "h", Duration.ofHours(1), "d", Duration.ofDays(1)));
    /** systemd's time spans of one unit: seconds when no unit is given. */
    static final TimeSpan SYSTEMD = new TimeSpan("s", Map.of("ms", Duration.ofMillis(1), "s", Duration.ofSeconds(1),
            "sec", Duration.ofSeconds(1), "m", Duration.ofMinutes(1), "min", Duration.ofMinutes(1),
            "h", Duration.ofHours(1)));

    private static final Pattern SPAN = Pattern.compile("(\\d+)\\s*([a-z]*)");

    Duration read(String text) {
        var matcher = SPAN.matcher(text == null ? "" : text.strip());
        assertThat(matcher.matches()).as("'" + text + "' is a number and a unit").isTrue();
        var unit = matcher.group(2).isEmpty() ? bareUnit : matcher.group(2);
        assertThat(units).as("the unit of '" + text + "'").containsKey(unit);
        return units.get(unit).multipliedBy(Long.parseLong(matcher.group(1)));
    }
}
