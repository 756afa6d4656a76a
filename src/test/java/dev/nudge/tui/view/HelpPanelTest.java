package dev.nudge.tui.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.keys.KeyBinding;
import dev.nudge.keys.Key;
import dev.nudge.lab.LabKeymap;
import dev.nudge.layout.Glyphs;
import dev.nudge.layout.KeyHint;
import dev.nudge.tui.LabScreensTest;
import dev.nudge.tui.VirtualTutor;
import dev.nudge.tutor.KeyModes;
import dev.nudge.tutor.Overlay;
import dev.nudge.tutor.Tutor;
import dev.nudge.tutor.TutorState;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The help panel, opened in every mode it opens from, lists every key the keymaps bind there, and every line of it
 * shows whole, key and text, in the smallest window the tutor is made for (60x16) and at 80x24, in English and
 * Japanese, Unicode and ASCII.
 */
class HelpPanelTest {

    private static Drawing drawing(Language language, boolean ascii) {
        return new Drawing(null, language, Glyphs.choose(ascii, language), Theme.choose(false));
    }

    private static boolean opensHelp(TutorState state) {
        return state.overlay() == Overlay.NONE && Tutor.keymap(state).lookup(Key.character('?'))
                .map(KeyBinding::label).equals(Optional.of("help.question"));
    }

    /** Whether some row of {@code screen} shows {@code hint} whole: its keys, then its text. */
    private static boolean shows(String screen, KeyHint hint) {
        return Pattern.compile(Pattern.quote(hint.key()) + " +" + Pattern.quote(hint.action())).matcher(screen).find();
    }

    @ParameterizedTest(name = "{0}x{1} {2} ascii={3}")
    @CsvSource({"60, 16, EN, false", "60, 16, JA, false", "60, 16, EN, true", "60, 16, JA, true",
        "80, 24, EN, false", "80, 24, JA, false"})
    void everyModesHelpShowsEveryBoundKeyWhole(int columns, int rows, Language language, boolean ascii)
            throws InterruptedException {
        var d = drawing(language, ascii);
        for (var mode : KeyModes.all(language).entrySet()) {
            var state = mode.getValue();
            if (!opensHelp(state)) {
                continue;
            }
            var hints = HelpOverlay.keys(d, state);
            try (var tutor = VirtualTutor.start(columns, rows, state, new ViewOptions(ascii, true))) {
                tutor.awaitScreen(screen -> !screen.isBlank(), "the first frame");
                tutor.type('?');
                tutor.awaitText(d.text("help.title"));
                var screen = tutor.awaitSettled();
                for (var hint : hints) {
                    assertThat(shows(screen, hint)).as("%s in %s:\n%s", hint, mode.getKey(), screen).isTrue();
                }
            }
            for (var binding : Tutor.helpKeymap(state).bindings()) {
                for (var pattern : binding.keys()) {
                    if (pattern.specific()) {
                        var name = KeyNames.name(d, pattern);
                        assertThat(hints).as("%s in %s", name, mode.getKey())
                                .anyMatch(hint -> List.of(hint.key().split(" ")).contains(name));
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}x{1} {2} ascii={3}")
    @CsvSource({"60, 16, EN, false", "60, 16, JA, false", "60, 16, EN, true", "80, 24, JA, false"})
    void theLabsHelpShowsEveryLabKeyWhole(int columns, int rows, Language language, boolean ascii)
            throws InterruptedException {
        var d = drawing(language, ascii);
        var hints = LabHelp.keys(d);
        try (var lab = VirtualTutor.startLab(columns, rows, LabScreensTest.article(), language,
                new ViewOptions(ascii, true))) {
            lab.awaitScreen(screen -> !screen.isBlank(), "the first frame");
            lab.type('?');
            lab.awaitText(d.text("lab.help.title"));
            var screen = lab.awaitSettled();
            for (var hint : hints) {
                assertThat(shows(screen, hint)).as("%s:\n%s", hint, screen).isTrue();
            }
        }
        for (var binding : LabKeymap.KEYMAP.bindings()) {
            for (var pattern : binding.keys()) {
                assertThat(hints).anyMatch(hint -> List.of(hint.key().split(" ")).contains(KeyNames.name(d, pattern)));
            }
        }
    }
}
