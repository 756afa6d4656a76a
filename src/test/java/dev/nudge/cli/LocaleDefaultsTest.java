package dev.nudge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocaleDefaultsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "-, -, -, EN",
        "-, -, ja_JP.UTF-8, JA",
        "-, -, ja, JA",
        "-, -, en_US.UTF-8, EN",
        "en_US.UTF-8, -, ja_JP.UTF-8, EN",
        "-, ja_JP.UTF-8, en_US.UTF-8, JA",
        "'', ja_JP.eucJP, C, JA",
        "C, ja_JP.UTF-8, ja_JP.UTF-8, EN",
    })
    void languageComesFromTheFirstSetLocaleVariable(String lcAll, String lcMessages, String lang, Language expected) {
        var environment = new java.util.HashMap<String, String>();
        put(environment, "LC_ALL", lcAll);
        put(environment, "LC_MESSAGES", lcMessages);
        put(environment, "LANG", lang);
        assertThat(new LocaleDefaults(environment).language()).isEqualTo(expected);
    }

    private static void put(Map<String, String> environment, String name, String value) {
        if (value != null) {
            environment.put(name, value);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "en_US.UTF-8, xterm-256color, true",
        "ja_JP.utf8, screen, true",
        "C, xterm, false",
        "en_US.UTF-8, linux, false",
        "en_US.UTF-8, vt100, false",
        "en_US.UTF-8, dumb, false",
    })
    void unicodeNeedsAUtf8LocaleAndACapableTerminal(String lang, String term, boolean unicode) {
        assertThat(new LocaleDefaults(Map.of("LANG", lang, "TERM", term)).unicode()).isEqualTo(unicode);
    }

    @Test
    void lcCtypeDecidesTheCharacterSetBeforeLang() {
        assertThat(new LocaleDefaults(Map.of("LC_CTYPE", "C.UTF-8", "LANG", "C")).unicode()).isTrue();
        assertThat(new LocaleDefaults(Map.of("LC_ALL", "C", "LC_CTYPE", "C.UTF-8")).unicode()).isFalse();
    }

    @Test
    void colourIsOffWhenNoColorIsSetToAnything() {
        assertThat(new LocaleDefaults(Map.of()).color()).isTrue();
        assertThat(new LocaleDefaults(Map.of("NO_COLOR", "")).color()).isTrue();
        assertThat(new LocaleDefaults(Map.of("NO_COLOR", "yes")).color()).isFalse();
    }
}
