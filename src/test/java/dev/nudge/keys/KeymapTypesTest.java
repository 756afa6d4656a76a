package dev.nudge.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The keymap types on their own: what each pattern matches, first match wins, and how keys are written. */
class KeymapTypesTest {

    @Test
    void eachPatternMatchesItsKeysOnly() {
        assertThat(KeyPattern.named(Key.Kind.ENTER).matches(Key.of(Key.Kind.ENTER))).isTrue();
        assertThat(KeyPattern.named(Key.Kind.ENTER).matches(Key.character('e'))).isFalse();
        assertThat(KeyPattern.character('q').matches(Key.character('q'))).isTrue();
        assertThat(KeyPattern.character('q').matches(Key.character('Q'))).isFalse();
        assertThat(KeyPattern.character('q').matches(Key.ctrl('q'))).isFalse();
        assertThat(KeyPattern.letter('S').matches(Key.character('s'))).isTrue();
        assertThat(KeyPattern.letter('s').matches(Key.character('S'))).isTrue();
        assertThat(KeyPattern.ctrl('u').matches(Key.ctrl('u'))).isTrue();
        assertThat(KeyPattern.ctrl('u').matches(Key.character('u'))).isFalse();
        assertThat(KeyPattern.range('1', '4').matches(Key.character('4'))).isTrue();
        assertThat(KeyPattern.range('1', '4').matches(Key.character('5'))).isFalse();
        assertThat(KeyPattern.typed().matches(Key.character('あ'))).isTrue();
        assertThat(KeyPattern.typed().matches(Key.ctrl('a'))).isFalse();
        assertThat(KeyPattern.typed().matches(Key.of(Key.Kind.TAB))).isFalse();
        assertThat(KeyPattern.any().matches(Key.of(Key.Kind.OTHER))).isTrue();
    }

    @Test
    void aPatternIsValidatedWhenMade() {
        assertThatThrownBy(() -> new KeyPattern(KeyPattern.Match.NAMED, null, 'a', 'a'))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyPattern.named(Key.Kind.CHARACTER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyPattern.range('9', '1')).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyBinding.of("label", "action", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFirstMatchingBindingTakesTheKey() {
        var keymap = Keymap.of(KeyBinding.of("first", "one", KeyPattern.character('a')))
                .then(Keymap.of(KeyBinding.of("typed", "two", KeyPattern.typed()), KeyBinding.of("any", "three",
                        KeyPattern.any())));
        assertThat(keymap.lookup(Key.character('a')).map(KeyBinding::action)).contains("one");
        assertThat(keymap.lookup(Key.character('b')).map(KeyBinding::action)).contains("two");
        assertThat(keymap.lookup(Key.of(Key.Kind.TAB)).map(KeyBinding::action)).contains("three");
        assertThat(Keymap.of(KeyBinding.of("first", "one", KeyPattern.character('a'))).lookup(Key.character('b')))
                .isEmpty();
    }

    @Test
    void keysAreWrittenAsTheDocumentationWritesThem() {
        assertThat(List.of(KeyPattern.named(Key.Kind.UP), KeyPattern.named(Key.Kind.ESCAPE),
                KeyPattern.named(Key.Kind.PAGE_DOWN), KeyPattern.named(Key.Kind.HOME), KeyPattern.character(' '),
                KeyPattern.ctrl('u'), KeyPattern.range('1', '9'), KeyPattern.letter('Q'))
                .stream().map(KeyPattern::written))
                .containsExactly("↑", "Esc", "PgDn", "Home", "Space", "Ctrl-U", "1-9", "q");
        assertThat(KeyPattern.range('1', '3').example()).isEqualTo(Key.character('1'));
        assertThat(KeyPattern.ctrl('c').example()).isEqualTo(Key.ctrl('c'));
    }
}
