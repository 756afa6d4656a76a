package dev.nudge.tui;

import dev.nudge.i18n.Language;
import dev.nudge.layout.Subscripts;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.FixtureCourse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Japanese formulas with subscripts, one-line and 2-D, on a terminal that draws subscript digits one column wide
 * ({@code P₀}) and on one that does not ({@code P_0}): never a row of stray digits under a formula. English on a
 * terminal that draws them wide writes them in line too.
 */
class SubscriptScreensTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "subscripts-guess-ja-digits-80x24, JA, DIGITS, ''",
        "subscripts-guess-ja-inline-80x24, JA, INLINE, ''",
        "subscripts-guess-revealed-ja-digits-80x24, JA, DIGITS, +v+>>>",
        "subscripts-guess-revealed-ja-inline-80x24, JA, INLINE, +v+>>>",
        "subscripts-guess-revealed-en-inline-80x24, EN, INLINE, +v+>>>",
    })
    void aFormulaWritesItsSubscriptsAsTheTerminalDrawsThem(String snapshot, Language language, Subscripts subscripts,
            String keys) throws InterruptedException {
        var state = FixtureCourse.at(language, "slope", "which-way");
        try (var tutor = VirtualTutor.start(80, 24, state, new ViewOptions(false, true, subscripts))) {
            tutor.awaitScreen(screen -> !screen.isBlank(), "the first frame");
            tutor.press(FixtureCourse.keys(keys));
            Snapshots.assertScreen(tutor, snapshot);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "subscripts-lab-ja-digits-80x24, DIGITS",
        "subscripts-lab-ja-inline-80x24, INLINE",
    })
    void theLabWritesItsSubscriptsAsTheTerminalDrawsThem(String snapshot, Subscripts subscripts)
            throws InterruptedException {
        var options = new ViewOptions(false, true, subscripts);
        try (var lab = VirtualTutor.startLab(80, 24, LabScreensTest.article(), Language.JA, options)) {
            lab.awaitScreen(screen -> !screen.isBlank(), "the first frame");
            lab.type('s');
            Snapshots.assertScreen(lab, snapshot);
        }
    }
}
