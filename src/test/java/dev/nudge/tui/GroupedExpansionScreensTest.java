package dev.nudge.tui;

import dev.nudge.i18n.Language;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.FixtureCourse;
import dev.nudge.tutor.TestCourse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The all-points lesson's guess at its expansion, on the real course (the fixture course has no guess over several
 * points): the expansion in groups, a line per square, and every step after {@code d}, in both languages and ASCII.
 */
class GroupedExpansionScreensTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "grouped-expansion-en-unicode-80x24, 80, 24, EN, false, +v->>",
        "grouped-expansion-ja-unicode-80x24, 80, 24, JA, false, +v->>",
        "grouped-expansion-en-ascii-80x24, 80, 24, EN, true, +v->>",
        "grouped-expansion-detail-en-unicode-80x24, 80, 24, EN, false, +v->>d",
        "grouped-expansion-detail-ja-unicode-80x24, 80, 24, JA, false, +v->>d",
    })
    void theExpansionMatchesItsSnapshot(String snapshot, int columns, int rows, Language language, boolean ascii,
            String keys) throws InterruptedException {
        var state = TestCourse.at(language, "all-points", "all-way");
        try (var tutor = VirtualTutor.start(columns, rows, state, new ViewOptions(ascii, true))) {
            tutor.awaitScreen(screen -> !screen.isBlank(), "the first frame");
            tutor.press(FixtureCourse.keys(keys));
            Snapshots.assertScreen(tutor, snapshot);
        }
    }
}
