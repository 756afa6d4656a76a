package dev.nudge.cli;

import dev.nudge.i18n.Language;
import dev.nudge.layout.Subscripts;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the environment says when the command line is silent: the language from {@code LC_ALL}, {@code LC_MESSAGES}
 * or {@code LANG}; UTF-8 from {@code LC_ALL}, {@code LC_CTYPE} or {@code LANG} and a {@code TERM} that can draw it;
 * colour unless {@code NO_COLOR} is set; subscripts as {@code NUDGE_SUBSCRIPTS} says.
 */
record LocaleDefaults(Map<String, String> environment) {
    private static final Set<String> ASCII_TERMINALS = Set.of("linux", "vt100", "dumb");

    LocaleDefaults {
        environment = Map.copyOf(environment);
    }

    static LocaleDefaults fromSystem() {
        return new LocaleDefaults(System.getenv());
    }

    Language language() {
        return first("LC_ALL", "LC_MESSAGES", "LANG")
                .filter(value -> value.toLowerCase(Locale.ROOT).startsWith("ja"))
                .map(value -> Language.JA)
                .orElse(Language.EN);
    }

    boolean unicode() {
        var term = environment.getOrDefault("TERM", "");
        if (ASCII_TERMINALS.contains(term)) {
            return false;
        }
        return first("LC_ALL", "LC_CTYPE", "LANG")
                .map(value -> value.toLowerCase(Locale.ROOT).replace("-", ""))
                .filter(value -> value.contains("utf8"))
                .isPresent();
    }

    /** Colour is on unless {@code NO_COLOR} is set to anything non-empty (see no-color.org). */
    boolean color() {
        return environment.getOrDefault("NO_COLOR", "").isEmpty();
    }

    /** How formulas write subscripts when {@code NUDGE_SUBSCRIPTS} says; else (or for a word it lacks) ask the terminal. */
    Subscripts subscripts() {
        return SubscriptsConverter.read(environment.getOrDefault(SubscriptsConverter.VARIABLE, ""))
                .orElse(Subscripts.UNMEASURED);
    }

    /** The first of the variables that is set and not empty, as POSIX locale lookup does. */
    private Optional<String> first(String... names) {
        for (var name : names) {
            var value = environment.get(name);
            if (value != null && !value.isEmpty()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
