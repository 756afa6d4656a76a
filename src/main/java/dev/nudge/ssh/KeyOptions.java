package dev.nudge.ssh;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options at the start of an {@code authorized_keys} line ({@code from="10.0.0.*",no-pty}), read as OpenSSH reads
 * them: comma-separated, names in any case, values in double quotes with {@code \"} for a quote. Those that restrict
 * and can be honoured become {@link Restrictions}; those that forbid what nudge never allows anyway are accepted;
 * every other one is refused, so that no option is silently ignored.
 */
final class KeyOptions {
    /**
     * Options forbidding what the server never offers (forwarding, {@code ~/.ssh/rc}), or granting the terminal it
     * always gives; {@code restrict} only together with {@code pty}.
     */
    private static final Set<String> ALREADY_SO = Set.of("restrict", "no-port-forwarding", "no-agent-forwarding",
            "no-x11-forwarding", "no-user-rc", "pty");
    /** Why a known option cannot be honoured, for the message that refuses it. */
    private static final Map<String, String> UNSUPPORTED = Map.ofEntries(
            Map.entry("command", "it runs only the tutor, never a command"),
            Map.entry("no-pty", "the tutor needs a terminal, so the key could never use it"),
            Map.entry("environment", "a key cannot set variables there"),
            Map.entry("permitopen", "it forwards nothing"),
            Map.entry("permitlisten", "it forwards nothing"),
            Map.entry("port-forwarding", "it forwards nothing"),
            Map.entry("agent-forwarding", "it forwards nothing"),
            Map.entry("x11-forwarding", "it forwards nothing"),
            Map.entry("tunnel", "it forwards nothing"),
            Map.entry("user-rc", "it runs no rc file"),
            Map.entry("principals", "it takes plain keys, not certificates"),
            Map.entry("cert-authority", "it takes plain keys, not certificates"),
            Map.entry("no-touch-required", "it cannot check security keys' touch or verification"),
            Map.entry("verify-required", "it cannot check security keys' touch or verification"));
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private KeyOptions() {
    }

    /** The restrictions {@code options} set; {@code where} ({@code FILE:LINE}) starts every message of a failure. */
    static Restrictions parse(String options, String where) {
        var from = Optional.<AddressPatterns>empty();
        var expires = Optional.<Instant>empty();
        var split = split(options, where);
        refuseRestrictWithoutPty(split, where);
        for (var option : split) {
            switch (option.name()) {
                case "from" -> {
                    once(from, option, where);
                    from = Optional.of(patterns(option.needed(where), where));
                }
                case "expiry-time" -> {
                    once(expires, option, where);
                    expires = Optional.of(expiry(option.needed(where), where));
                }
                default -> accept(option.name(), where);
            }
        }
        return new Restrictions(from, expires);
    }

    /** One option as written: a name in lower case, and its unquoted value or {@code null}. */
    private record Option(String name, String value) {
        String needed(String where) {
            if (value == null) {
                throw new IllegalArgumentException(where + ": option \"" + name + "\" needs a value, such as " + name
                        + "=\"...\"");
            }
            return value;
        }
    }

    /** OpenSSH's {@code restrict} forbids a terminal too, unless {@code pty} gives it back; the tutor needs one. */
    private static void refuseRestrictWithoutPty(List<Option> options, String where) {
        var names = options.stream().map(Option::name).toList();
        if (names.contains("restrict") && !names.contains("pty")) {
            throw new IllegalArgumentException(where + ": option \"restrict\" forbids a terminal unless \"pty\" is "
                    + "given too, and the tutor needs one; write restrict,pty");
        }
    }

    private static List<Option> split(String options, String where) {
        var split = new ArrayList<Option>();
        int at = 0;
        while (at < options.length()) {
            int nameEnd = at;
            while (nameEnd < options.length() && ",=".indexOf(options.charAt(nameEnd)) < 0) {
                nameEnd++;
            }
            var name = options.substring(at, nameEnd).toLowerCase(Locale.ROOT);
            String value = null;
            at = nameEnd;
            if (at < options.length() && options.charAt(at) == '=') {
                var quoted = quoted(options, at + 1, where, name);
                value = quoted.text();
                at = quoted.end();
            }
            if (at < options.length() && options.charAt(at++) != ',') {
                throw new IllegalArgumentException(where + ": the options must be separated by commas, after \""
                        + name + "\"");
            }
            split.add(new Option(name, value));
        }
        return split;
    }

    private record Quoted(String text, int end) {
    }

    private static Quoted quoted(String options, int at, String where, String name) {
        if (at >= options.length() || options.charAt(at) != '"') {
            throw new IllegalArgumentException(where + ": the value of option \"" + name + "\" must be in double "
                    + "quotes, such as " + name + "=\"...\"");
        }
        var text = new StringBuilder();
        for (int i = at + 1; i < options.length(); i++) {
            char c = options.charAt(i);
            if (c == '"') {
                return new Quoted(text.toString(), i + 1);
            }
            if (c == '\\' && i + 1 < options.length() && options.charAt(i + 1) == '"') {
                c = options.charAt(++i);
            }
            text.append(c);
        }
        throw new IllegalArgumentException(where + ": the value of option \"" + name + "\" has no closing quote");
    }

    private static void accept(String name, String where) {
        if (ALREADY_SO.contains(name)) {
            return;
        }
        var why = UNSUPPORTED.getOrDefault(name, "it does not know this option");
        throw new IllegalArgumentException(where + ": option \"" + name + "\" is not supported by nudge serve (" + why
                + "); remove it from the line, or remove the line");
    }

    private static void once(Optional<?> earlier, Option option, String where) {
        if (earlier.isPresent()) {
            throw new IllegalArgumentException(where + ": option \"" + option.name() + "\" is given twice; keep one");
        }
    }

    private static AddressPatterns patterns(String value, String where) {
        try {
            return AddressPatterns.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    /** {@code YYYYMMDD[HHMM[SS]]} in the server's local time, or in UTC with a trailing {@code Z}, as OpenSSH. */
    private static Instant expiry(String value, String where) {
        boolean utc = value.endsWith("Z") || value.endsWith("z");
        var digits = utc ? value.substring(0, value.length() - 1) : value;
        if (digits.matches("\\d{8}|\\d{12}|\\d{14}")) {
            try {
                var time = LocalDateTime.parse((digits + "000000").substring(0, 14), EXPIRY);
                return time.atZone(utc ? ZoneOffset.UTC : ZoneId.systemDefault()).toInstant();
            } catch (DateTimeParseException e) {
                // Told below.
            }
        }
        throw new IllegalArgumentException(where + ": expiry-time=\"" + value + "\" is not a time; write it as "
                + "YYYYMMDD[HHMM[SS]], such as expiry-time=\"20270131\" or \"202701311800\"");
    }
}
