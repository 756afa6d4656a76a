package dev.nudge.tui.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.layout.Glyphs;
import dev.nudge.tutor.KeyModes;
import dev.nudge.tutor.Tutor;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The footer picks a few keys to show; every key it shows must be one the keymap binds in that mode (KeymapTest
 * proves each of those does something).
 */
class FooterKeysTest {

    /** Whether {@code token} is one key name, or two run together (the footer writes {@code ←→}). */
    private static boolean named(String token, Set<String> names) {
        if (names.contains(token)) {
            return true;
        }
        for (int split = 1; split < token.length(); split++) {
            if (names.contains(token.substring(0, split)) && names.contains(token.substring(split))) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest(name = "{0} ascii={1}")
    @CsvSource({"EN, false", "EN, true", "JA, false"})
    void everyKeyTheFooterShowsIsBoundInItsMode(Language language, boolean ascii) {
        var d = new Drawing(null, language, Glyphs.choose(ascii, language), Theme.choose(false));
        KeyModes.all(language).forEach((mode, state) -> {
            var keymap = Tutor.keymap(state);
            var names = new HashSet<String>();
            // Only keys that reach their binding count: a key an earlier binding takes (q typed into a field) does not.
            keymap.bindings().forEach(binding -> binding.keys().stream()
                    .filter(pattern -> keymap.lookup(pattern.example()).orElseThrow() == binding)
                    .forEach(pattern -> names.add(KeyNames.name(d, pattern))));
            for (var hint : FooterView.hints(d, state)) {
                for (var token : hint.key().split(" ")) {
                    assertThat(named(token, names)).as("%s: %s (bound: %s)", mode, token, names).isTrue();
                }
            }
        });
    }
}
