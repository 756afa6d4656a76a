package dev.nudge.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.keys.KeyBinding;
import dev.nudge.keys.Key;
import dev.nudge.keys.KeyPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The keymaps are the truth about keys: in every mode, each key the keymap lists does something, and each key it
 * does not list says it does nothing. The help lists the same bindings the tutor dispatches with.
 */
class KeymapTest {
    private static final Map<String, TutorState> MODES = KeyModes.all(Language.EN);

    private static boolean doesNothing(TutorState state, Key key) {
        var notice = Tutor.update(state, new Event.KeyPressed(key)).state().notice();
        return notice.isPresent() && notice.get().messageKey().equals("notice.keyDoesNothing");
    }

    /** Every key a pattern names: each character of a range, else one example. */
    private static List<Key> keysOf(KeyPattern pattern) {
        var keys = new ArrayList<Key>();
        if (pattern.match() == KeyPattern.Match.RANGE) {
            for (char c = pattern.first(); c <= pattern.last(); c++) {
                keys.add(Key.character(c));
            }
        } else {
            keys.add(pattern.example());
        }
        return keys;
    }

    @Test
    void everyKeyAKeymapListsDoesSomethingInItsMode() {
        MODES.forEach((mode, state) -> {
            for (var binding : Tutor.keymap(state).bindings()) {
                for (var pattern : binding.keys()) {
                    for (var key : keysOf(pattern)) {
                        assertThat(doesNothing(state, key)).as("%s: %s (%s)", mode, key.label(), binding.label())
                                .isFalse();
                    }
                }
            }
        });
    }

    @Test
    void everyKeyAKeymapDoesNotListSaysItDoesNothing() {
        MODES.forEach((mode, state) -> {
            var keymap = Tutor.keymap(state);
            for (var key : KeyModes.everyKey()) {
                assertThat(doesNothing(state, key)).as("%s: %s", mode, key.label())
                        .isEqualTo(keymap.lookup(key).isEmpty());
            }
        });
    }

    @Test
    void theHelpListsTheBindingsThatTakeEachKeyUnderIt() {
        MODES.forEach((mode, state) -> {
            var dispatch = Tutor.keymap(state);
            if (!label(dispatch.lookup(Key.character('?'))).equals(Optional.of("help.question"))
                    || state.overlay() != Overlay.NONE) {
                return; // the help does not open here: ? is typed, or a panel is open
            }
            var help = Tutor.helpKeymap(state);
            for (var key : KeyModes.everyKey()) {
                assertThat(label(help.lookup(key))).as("%s: %s", mode, key.label())
                        .isEqualTo(label(dispatch.lookup(key)));
            }
        });
    }

    private static Optional<String> label(Optional<? extends KeyBinding<?>> binding) {
        return binding.map(KeyBinding::label);
    }

    @Test
    void aModeWithoutACatchAllHasTheKeysItUsedToHave() {
        // Spot checks of the keys the if-chains had, beside the exhaustive checks above.
        assertThat(Tutor.keymap(MODES.get("start")).lookup(Key.character('s'))).isEmpty();
        assertThat(Tutor.keymap(MODES.get("start, returning")).lookup(Key.character('s'))).isPresent();
        assertThat(Tutor.keymap(MODES.get("contents")).lookup(Key.character('0'))).isEmpty();
        assertThat(Tutor.keymap(MODES.get("contents")).lookup(Key.character('9'))).isPresent();
        assertThat(Tutor.keymap(MODES.get("quiz choice")).lookup(Key.character('5'))).isEmpty();
        assertThat(Tutor.keymap(MODES.get("guess choosing, one parameter")).lookup(Key.of(Key.Kind.UP))
                .map(KeyBinding::label)).contains("help.scroll");
        assertThat(Tutor.keymap(MODES.get("guess choosing")).lookup(Key.of(Key.Kind.UP))
                .map(KeyBinding::label)).contains("help.guess");
        assertThat(Tutor.keymap(MODES.get("lesson reading")).lookup(Key.character('o'))).isEmpty();
        assertThat(Tutor.keymap(MODES.get("lab step")).lookup(Key.character('o'))).isPresent();
    }

    @Test
    void ctrlCQuitsInEveryMode() {
        MODES.forEach((mode, state) -> assertThat(Tutor.update(state, new Event.KeyPressed(Key.ctrl('c'))).quits())
                .as(mode).isTrue());
    }
}
