package dev.nudge.tui;

import dev.nudge.i18n.Language;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.FixtureCourse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole-screen snapshots of a guess over the fixture course's tiny network ({@code network: 1 -> 2 relu -> 1}): the
 * seven rows while choosing, each stage of the reveal (which has no expansion, since its loss goes through relu), and
 * a guess over three of the weights, in English, Japanese and ASCII at 80x24. Keys are written as
 * {@link FixtureCourse#keys} reads them.
 */
class NetworkGuessScreensTest {
    private static final String SEVEN = "-v-v+v0v-v-v->";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "network-guess-en-unicode-80x24, 80, 24, EN, false, every-weight, ''",
        "network-guess-ja-unicode-80x24, 80, 24, JA, false, every-weight, ''",
        "network-guess-en-ascii-80x24, 80, 24, EN, true, every-weight, ''",
        "network-guess-loss-en-unicode-80x24, 80, 24, EN, false, every-weight, " + SEVEN,
        "network-guess-derivatives-en-unicode-80x24, 80, 24, EN, false, every-weight, " + SEVEN + ">",
        "network-guess-derivatives-ja-unicode-80x24, 80, 24, JA, false, every-weight, " + SEVEN + ">",
        "network-guess-nudge-en-unicode-80x24, 80, 24, EN, false, every-weight, " + SEVEN + ">>",
        "network-guess-update-en-unicode-80x24, 80, 24, EN, false, every-weight, " + SEVEN + ">>>",
        "network-guess-update-en-ascii-80x24, 80, 24, EN, true, every-weight, " + SEVEN + ">>>",
        "network-guess-verdict-en-unicode-80x24, 80, 24, EN, false, every-weight, " + SEVEN + ">>>>>",
        "network-guess-verdict-ja-unicode-80x24, 80, 24, JA, false, every-weight, " + SEVEN + ">>>>>",
        "network-guess-verdict-en-ascii-80x24, 80, 24, EN, true, every-weight, " + SEVEN + ">>>>>",
        "network-guess-subset-en-unicode-80x24, 80, 24, EN, false, three-weights, ''",
        "network-guess-subset-ja-unicode-80x24, 80, 24, JA, false, three-weights, ''",
        "network-guess-subset-revealed-en-unicode-80x24, 80, 24, EN, false, three-weights, -v+v->>>>>>",
        "network-guess-subset-revealed-ja-unicode-80x24, 80, 24, JA, false, three-weights, -v+v->>>>>>",
        "network-guess-subset-revealed-en-ascii-80x24, 80, 24, EN, true, three-weights, -v+v->>>>>>",
    })
    void screenMatchesItsSnapshot(String snapshot, int columns, int rows, Language language, boolean ascii,
            String step, String keys) throws InterruptedException {
        var state = FixtureCourse.at(language, "network", step);
        try (var tutor = VirtualTutor.start(columns, rows, state, new ViewOptions(ascii, true))) {
            tutor.awaitScreen(screen -> !screen.isBlank(), "the first frame");
            tutor.press(FixtureCourse.keys(keys));
            Snapshots.assertScreen(tutor, snapshot);
        }
    }
}
