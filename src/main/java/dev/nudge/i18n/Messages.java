package dev.nudge.i18n;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The interface texts in every language, looked up by key.
 *
 * <p>State holds keys, never translated strings, so switching language redraws every text at once.
 */
public final class Messages {
    private static final String BUNDLE = "dev.nudge.i18n.messages";
    private static final Map<Language, ResourceBundle> BUNDLES = new EnumMap<>(Language.class);

    private Messages() {
    }

    /** The text for {@code key} in {@code language}, formatted by {@link MessageFormat} (so an apostrophe is written twice). */
    public static String text(Language language, String key, Object... arguments) {
        return new MessageFormat(bundle(language).getString(key), language.locale()).format(arguments);
    }

    private static synchronized ResourceBundle bundle(Language language) {
        return BUNDLES.computeIfAbsent(language, l -> ResourceBundle.getBundle(
                BUNDLE, l.locale(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
}
