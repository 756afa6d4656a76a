package dev.nudge.tui;

import dev.nudge.i18n.Language;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.FixtureCourse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole-screen snapshots of each kind of screen, drawn by the real loop on a virtual terminal from the fixture course:
 * prose with a 2-D equation, a guess before and after its reveal, each kind of quiz, a prediction, the lab step, the contents, the
 * help and the complete page, in English, Japanese and ASCII. Keys are written as {@link FixtureCourse#keys} reads
 * them.
 */
class LessonScreensTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "prose-equation-en-unicode-80x24, 80, 24, EN, false, line, model, ''",
        "prose-equation-ja-unicode-80x24, 80, 24, JA, false, line, model, ''",
        "prose-equation-en-ascii-80x24, 80, 24, EN, true, line, model, ''",
        "guess-en-unicode-80x24, 80, 24, EN, false, slope, which-way, ''",
        "guess-ja-unicode-80x24, 80, 24, JA, false, slope, which-way, ''",
        "guess-en-ascii-80x24, 80, 24, EN, true, slope, which-way, ''",
        "guess-revealed-en-unicode-80x24, 80, 24, EN, false, slope, which-way, +v+>>>>>>>",
        "guess-revealed-ja-unicode-80x24, 80, 24, JA, false, slope, which-way, +v+>>>>>>>",
        "guess-revealed-en-ascii-80x24, 80, 24, EN, true, slope, which-way, 0v->>>>>>>",
        "guess-revealed-en-unicode-200x50, 200, 50, EN, false, slope, which-way, +v->>>>>>>",
        "guess-hints-en-unicode-80x24, 80, 24, EN, false, slope, which-way, hhh",
        "contents-en-unicode-80x24, 80, 24, EN, false, slope, which-way, t",
        "contents-ja-unicode-80x24, 80, 24, JA, false, slope, which-way, t",
        "help-lesson-en-unicode-80x24, 80, 24, EN, false, slope, which-way, ?",
        "lab-en-unicode-80x24, 80, 24, EN, false, downhill, lab, E",
        "quiz-choice-wrong-en-unicode-80x24, 80, 24, EN, false, line, knobs, 1",
        "quiz-choice-wrong-ja-unicode-80x24, 80, 24, JA, false, line, knobs, 1",
        "quiz-number-mistake-en-unicode-80x24, 80, 24, EN, false, slope, loss-now, 3>",
        "quiz-number-mistake-en-ascii-80x24, 80, 24, EN, true, slope, loss-now, 3>",
        "quiz-expression-shown-en-unicode-80x24, 80, 24, EN, false, slope, slope, 1>2>3>",
        "quiz-expression-right-ja-unicode-80x24, 80, 24, JA, false, slope, slope, 2P_1+4>",
        "quiz-number-typing-en-unicode-200x50, 200, 50, EN, false, slope, loss-now, 11/",
        "complete-en-unicode-80x24, 80, 24, EN, false, downhill, too-far, n",
        "predict-en-unicode-80x24, 80, 24, EN, false, downhill, predict, ''",
        "predict-right-en-unicode-80x24, 80, 24, EN, false, downhill, predict, 0.64>",
        "predict-wrong-ja-unicode-80x24, 80, 24, JA, false, downhill, predict, 1>",
    })
    void screenMatchesItsSnapshot(String snapshot, int columns, int rows, Language language, boolean ascii,
            String lesson, String step, String keys) throws InterruptedException {
        var state = FixtureCourse.at(language, lesson, step);
        try (var tutor = VirtualTutor.start(columns, rows, state, new ViewOptions(ascii, true))) {
            tutor.awaitScreen(screen -> !screen.isBlank(), "the first frame");
            tutor.press(FixtureCourse.keys(keys));
            Snapshots.assertScreen(tutor, snapshot);
        }
    }
}
