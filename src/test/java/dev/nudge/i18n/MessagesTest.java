package dev.nudge.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream("/dev/nudge/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_ja.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").keySet());
    }

    @Test
    void japaneseTextsAreJapaneseAndArgumentsAreFilledIn() {
        assertThat(Messages.text(Language.EN, "course.title")).isEqualTo("Understanding Neural Networks");
        assertThat(Messages.text(Language.JA, "course.title")).isEqualTo("ニューラルネットワークを理解する");
        assertThat(Messages.text(Language.EN, "notice.keyDoesNothing", "z")).startsWith("\"z\" does nothing here.");
        assertThat(Messages.text(Language.JA, "notice.keyDoesNothing", "z")).startsWith("「z」");
    }

    /** Texts with nothing to fill in skip MessageFormat; every text must still come out as MessageFormat makes it. */
    @Test
    void everyTextIsWhatMessageFormatMakesOfIt() throws IOException {
        var english = load("messages.properties");
        var japanese = load("messages_ja.properties");
        Object[] arguments = {"A", "B", "C", "D", "E", "F"};
        for (var key : english.stringPropertyNames()) {
            assertThat(Messages.text(Language.EN, key, arguments)).as(key)
                    .isEqualTo(new MessageFormat(english.getProperty(key), Locale.ENGLISH).format(arguments));
            assertThat(Messages.text(Language.JA, key, arguments)).as(key)
                    .isEqualTo(new MessageFormat(japanese.getProperty(key), Locale.JAPANESE).format(arguments));
        }
    }

    @Test
    void anUnknownKeyIsAnError() {
        assertThatThrownBy(() -> Messages.text(Language.EN, "no.such.key"))
                .isInstanceOf(MissingResourceException.class).hasMessageContaining("no.such.key");
    }

    @Test
    void languagesAreFoundByCode() {
        assertThat(Language.fromCode("JA")).contains(Language.JA);
        assertThat(Language.fromCode("fr")).isEmpty();
        assertThat(Language.EN.other()).isEqualTo(Language.JA);
    }
}
