package dev.nudge.tui;

import dev.nudge.i18n.Language;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.FixtureCourse;
import dev.nudge.tutor.LoadedCourse;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole-screen snapshots of a program block: a part of the program with the line numbers of the saved file, the whole
 * program scrolled, in English, Japanese and ASCII. They run on the one-lesson network course
 * ({@code src/test/resources/network-program-course}), so the screens of the fixture course keep their lesson count.
 */
class ProgramScreensTest {
    private static final LoadedCourse NETWORK = new LoadedCourse(Path.of("src", "test", "resources", "network-program-course"));

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "program-forward-en-unicode-80x24, 80, 24, EN, false, forward, ''",
        "program-forward-ja-unicode-80x24, 80, 24, JA, false, forward, ''",
        "program-forward-en-ascii-80x24, 80, 24, EN, true, forward, ''",
        "program-whole-en-unicode-80x24, 80, 24, EN, false, forward, >vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv",
        "program-whole-ja-ascii-80x24, 80, 24, JA, true, forward, >E",
        "program-whole-en-unicode-60x20, 60, 20, EN, false, forward, >",
    })
    void screenMatchesItsSnapshot(String snapshot, int columns, int rows, Language language, boolean ascii,
            String step, String keys) throws InterruptedException {
        var state = NETWORK.at(language, "network", step);
        try (var tutor = VirtualTutor.start(columns, rows, state, new ViewOptions(ascii, true))) {
            tutor.awaitScreen(screen -> !screen.isBlank(), "the first frame");
            tutor.press(FixtureCourse.keys(keys));
            Snapshots.assertScreen(tutor, snapshot);
        }
    }
}
