package dev.nudge.tui;

import dev.nudge.i18n.Language;
import dev.nudge.progress.Progress;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.FixtureCourse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The course-complete page of a learner who did the fixture course: the recap with their own numbers, in English,
 * Japanese and ASCII, at the smallest window and at the classic one, and scrolled to its end.
 */
class RecapScreensTest {

    /** A learner who raised P_1 where it should go down, and missed the number quiz at the first try. */
    private static Progress walked() {
        return Progress.NONE
                .after(new ProgressEvent.Answered(new StepKey("line", "knobs"), "$P_0$ and $P_1$", true))
                .after(new ProgressEvent.Guessed(new StepKey("slope", "which-way"), "P_0 none, P_1 up", false))
                .after(new ProgressEvent.Answered(new StepKey("slope", "loss-now"), "3", false))
                .after(new ProgressEvent.Answered(new StepKey("slope", "loss-now"), "9", true))
                .after(new ProgressEvent.Answered(new StepKey("slope", "slope"), "2P_1 + 4", true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "recap-en-unicode-80x24, 80, 24, EN, false, ''",
        "recap-ja-unicode-80x24, 80, 24, JA, false, ''",
        "recap-en-ascii-80x24, 80, 24, EN, true, ''",
        "recap-en-unicode-60x16, 60, 16, EN, false, ''",
        "recap-ja-unicode-60x16, 60, 16, JA, false, ''",
        "recap-end-en-unicode-60x16, 60, 16, EN, false, E",
        "recap-end-ja-unicode-60x16, 60, 16, JA, false, E",
    })
    void theRecapMatchesItsSnapshot(String snapshot, int columns, int rows, Language language, boolean ascii,
            String keys) throws InterruptedException {
        var state = FixtureCourse.at(language, walked(), "downhill", "too-far");
        try (var tutor = VirtualTutor.start(columns, rows, state, new ViewOptions(ascii, true))) {
            tutor.awaitScreen(screen -> !screen.isBlank(), "the first frame");
            tutor.press(FixtureCourse.keys("n" + keys));
            Snapshots.assertScreen(tutor, snapshot);
        }
    }
}
