package dev.nudge.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.progress.sqlite.SqliteProgressStore;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.Event;
import dev.nudge.tutor.FixtureCourse;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A learner whose progress cannot be saved is told so in their language, with the store's reason in it: the store
 * here is a real one whose folder cannot be made, as {@code /dev/null} is a device and not a folder, so the path on
 * the screen is the same on every machine.
 */
class StoreNoticeScreenTest {
    private static final Path CANNOT_BE_MADE = Path.of("/dev/null/nudge/progress.db");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "not-saving-en-unicode-80x24, EN, Progress is not being saved",
        "not-saving-ja-unicode-80x24, JA, 進み具合を保存できていません",
    })
    void aStoreThatCannotSaveIsToldInTheLearnersLanguage(String name, Language language, String said)
            throws InterruptedException {
        var state = FixtureCourse.at(language, "line", "model");
        try (var store = SqliteProgressStore.open(CANNOT_BE_MADE);
                var tutor = VirtualTutor.start(80, 24, state, new ViewOptions(false, true))) {
            assertThat(store.health().saving()).isFalse();
            tutor.awaitSettled();
            tutor.post(new Event.StoreHealth(store.health()));
            var screen = tutor.awaitText(said);
            if (language == Language.JA) {
                assertThat(screen).doesNotContain("cannot", "folder", "Progress");
            }
            Snapshots.assertScreen(tutor, name);
        }
    }
}
