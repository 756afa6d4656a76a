package dev.nudge.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The interface texts in every language, looked up by key: {@code messages.properties} (English), with
 * {@code messages_<code>.properties} over it for another language.
 *
 * <p>State holds keys, never translated strings, so switching language redraws every text at once.
 *
 * <p>Every frame looks up dozens of texts, the first frame before anything has been compiled; so the files are read
 * once with {@link Properties} (without {@code ResourceBundle}'s search for locale variants), and a text with nothing
 * to fill in or quote is given as it is, without a {@link MessageFormat}, which would give the same string.
 */
public final class Messages {
    private static final String FOLDER = "/dev/nudge/i18n/";
    /** Read by every session's thread on every frame, so read without a lock (a class server has hundreds). */
    private static final Map<Language, Map<String, String>> TEXTS = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** The text for {@code key} in {@code language}, formatted by {@link MessageFormat} (so an apostrophe is written twice). */
    public static String text(Language language, String key, Object... arguments) {
        var pattern = texts(language).get(key);
        if (pattern == null) {
            throw new MissingResourceException("no text for " + key + " in " + language.code(),
                    Messages.class.getName(),
                    key);
        }
        if (pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern;
        }
        return new MessageFormat(pattern, language.locale()).format(arguments);
    }

    private static Map<String, String> texts(Language language) {
        var texts = TEXTS.get(language);
        return texts != null ? texts : TEXTS.computeIfAbsent(language, Messages::read);
    }

    private static Map<String, String> read(Language language) {
        var texts = new HashMap<String, String>();
        load("messages.properties", texts);
        load("messages_" + language.code() + ".properties", texts);
        return Map.copyOf(texts);
    }

    /** Adds the texts of {@code file} to {@code texts}, over those already there; a missing file adds nothing. */
    private static void load(String file, Map<String, String> texts) {
        try (var in = Messages.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                return;
            }
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            properties.forEach((key, value) -> texts.put((String) key, (String) value));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the interface texts " + file, e);
        }
    }
}
