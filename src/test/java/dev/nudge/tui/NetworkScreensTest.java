package dev.nudge.tui;

import dev.nudge.i18n.Language;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.NetworkFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole-screen snapshots of a network lesson's prose blocks, drawn by the real loop from the network fixture course: the
 * drawing of the network, the forward pass as a computed table and the backward pass with its sum row, in English,
 * Japanese and ASCII at 80x24, and the drawing at 60 columns, which it must fit.
 */
class NetworkScreensTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "network-en-unicode-80x24, 80, 24, EN, false, diagram",
        "network-ja-unicode-80x24, 80, 24, JA, false, diagram",
        "network-en-ascii-80x24, 80, 24, EN, true, diagram",
        "network-en-unicode-60x20, 60, 20, EN, false, diagram",
        "table-forward-en-unicode-80x24, 80, 24, EN, false, forward",
        "table-forward-ja-unicode-80x24, 80, 24, JA, false, forward",
        "table-forward-en-ascii-80x24, 80, 24, EN, true, forward",
        "table-backward-en-unicode-80x24, 80, 24, EN, false, backward",
        "table-backward-ja-unicode-80x24, 80, 24, JA, false, backward",
        "table-backward-en-ascii-80x24, 80, 24, EN, true, backward",
        "table-backward-en-unicode-60x24, 60, 24, EN, false, backward",
    })
    void screenMatchesItsSnapshot(String snapshot, int columns, int rows, Language language, boolean ascii,
            String step) throws InterruptedException {
        var state = NetworkFixture.at(language, step);
        try (var tutor = VirtualTutor.start(columns, rows, state, new ViewOptions(ascii, true))) {
            tutor.awaitScreen(screen -> !screen.isBlank(), "the first frame");
            Snapshots.assertScreen(tutor, snapshot);
        }
    }
}
