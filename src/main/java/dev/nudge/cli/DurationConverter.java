package dev.nudge.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Reads durations as a teacher writes them: {@code 30m}, {@code 90s}, {@code 1h}, {@code 0} (never), or ISO {@code PT15M}. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("(\\d+)([smh]?)");

    @Override
    public Duration convert(String value) {
        var text = value.strip().toLowerCase(Locale.ROOT);
        var matcher = SHORT.matcher(text);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "h" -> Duration.ofHours(amount);
                case "m", "" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            };
        }
        try {
            return Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a duration; write for example 30m, 90s or 1h (0 means never)");
        }
    }
}
