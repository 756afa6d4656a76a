package dev.nudge.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages the tutor speaks; lessons and interface texts exist in each. */
public enum Language {
    EN("en", Locale.ENGLISH),
    JA("ja", Locale.JAPANESE);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The ISO 639-1 code used on the command line and in the lesson folders. */
    public String code() {
        return code;
    }

    Locale locale() {
        return locale;
    }

    /** The other language, for the "switch language" key. */
    public Language other() {
        return this == EN ? JA : EN;
    }

    public static Optional<Language> fromCode(String code) {
        for (var language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
