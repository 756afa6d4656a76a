package dev.nudge.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.nudge.i18n.Language;
import dev.nudge.progress.Progress;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.CourseBook;
import dev.nudge.tutor.FixtureCourse;
import dev.nudge.tutor.TutorState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The first screen, drawn by the real loop on a virtual terminal from the fixture course and compared whole with golden
 * files.
 */
class StartScreenTest {
    private static final ViewOptions UNICODE = new ViewOptions(false, true);
    private static final ViewOptions ASCII = new ViewOptions(true, true);

    private static VirtualTutor start(int columns, int rows, Language language, ViewOptions options) {
        return VirtualTutor.start(columns, rows, FixtureCourse.start(language), options);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "start-en-unicode-80x24, 80, 24, EN, false",
        "start-en-ascii-80x24, 80, 24, EN, true",
        "start-ja-unicode-80x24, 80, 24, JA, false",
        "start-ja-ascii-80x24, 80, 24, JA, true",
        "start-en-unicode-200x50, 200, 50, EN, false",
        "too-small-en-59x15, 59, 15, EN, false",
        "too-small-ja-59x15, 59, 15, JA, false",
    })
    void firstScreenMatchesItsSnapshot(String snapshot, int columns, int rows, Language language, boolean ascii)
            throws InterruptedException {
        try (var tutor = start(columns, rows, language, ascii ? ASCII : UNICODE)) {
            Snapshots.assertScreen(tutor, snapshot);
        }
    }

    /** The local tutor draws its first frame before it has read the course: that frame must be the whole start page. */
    @Test
    void theFrameDrawnBeforeTheCourseLoadsIsTheStartPage() throws InterruptedException {
        for (var language : Language.values()) {
            var state = TutorState.start(CourseBook.loading(language), language, Progress.NONE);
            try (var tutor = VirtualTutor.start(80, 24, state, UNICODE)) {
                Snapshots.assertScreen(tutor, "start-" + language.code() + "-unicode-80x24");
            }
        }
    }

    @Test
    void aReturningLearnerIsOfferedToContinueStartAgainOrReview() throws InterruptedException {
        var progress = Progress.NONE
                .after(new ProgressEvent.Answered(new StepKey("slope", "loss-now"), "3", false))
                .after(new ProgressEvent.Visited(new StepKey("slope", "slope")));
        for (var language : Language.values()) {
            var state = TutorState.start(FixtureCourse.book(), language, progress);
            try (var tutor = VirtualTutor.start(80, 24, state, UNICODE)) {
                Snapshots.assertScreen(tutor, "start-returning-" + language.code() + "-unicode-80x24");
                tutor.type('t');
                tutor.type('x');
                Snapshots.assertScreen(tutor, "confirm-reset-" + language.code() + "-unicode-80x24");
            }
        }
    }

    @Test
    void englishAsciiUsesOnlyAscii() throws InterruptedException {
        try (var tutor = start(80, 24, Language.EN, ASCII)) {
            assertThat(tutor.awaitText("q quit")).matches("[\\x20-\\x7e\\n]*");
        }
    }

    @Test
    void tooSmallSaysTheActualAndTheNeededSize() throws InterruptedException {
        try (var tutor = start(59, 15, Language.EN, UNICODE)) {
            tutor.awaitText("It is 59×15; nudge needs at least 60×16.");
        }
    }

    @Test
    void helpOverlayListsEveryKeyAndEscClosesIt() throws InterruptedException {
        try (var tutor = start(80, 24, Language.EN, UNICODE)) {
            tutor.awaitText("Understanding Neural Networks");
            tutor.type('?');
            Snapshots.assertScreen(tutor, "help-en-unicode-80x24");
            tutor.press(KeyType.Escape);
            Snapshots.assertScreen(tutor, "start-en-unicode-80x24");
        }
        try (var tutor = start(80, 24, Language.JA, UNICODE)) {
            tutor.type('?');
            Snapshots.assertScreen(tutor, "help-ja-unicode-80x24");
        }
    }

    @Test
    void aKeyThatDoesNothingSaysSo() throws InterruptedException {
        try (var tutor = start(80, 24, Language.EN, UNICODE)) {
            tutor.type('z');
            tutor.awaitText("\"z\" does nothing here. Press ? to see the keys.");
            tutor.press(KeyType.Enter);
            tutor.awaitText("Lesson 1/4");
        }
    }

    @Test
    void resizingRelaysOutAtOnce() throws InterruptedException {
        try (var tutor = start(80, 24, Language.EN, UNICODE)) {
            tutor.awaitText("Understanding Neural Networks");
            tutor.resize(59, 15);
            tutor.awaitText("The window is too small");
            tutor.resize(100, 30);
            var screen = tutor.awaitText("Understanding Neural Networks");
            assertThat(screen.lines().filter(line -> line.contains("Understanding Neural Networks")).findFirst())
                    .hasValueSatisfying(line -> assertThat(line.indexOf('U')).isEqualTo((100 - 29) / 2));
        }
    }

    @Test
    void qAndCtrlCEndTheSessionAndGiveTheTerminalBack() throws InterruptedException {
        try (var tutor = start(80, 24, Language.EN, UNICODE)) {
            tutor.awaitText("Understanding");
            tutor.type('q');
            assertThat(tutor.awaitExit()).isTrue();
            assertThat(tutor.cursorVisible()).isTrue();
            assertThat(tutor.screen()).as("the main screen is back, empty as it was").isBlank();
        }
        try (var tutor = start(80, 24, Language.EN, UNICODE)) {
            tutor.awaitText("Understanding");
            tutor.ctrl('c');
            assertThat(tutor.awaitExit()).isTrue();
        }
    }
}
