package dev.nudge.tui;

import dev.nudge.i18n.Language;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.FixtureCourse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole-screen snapshots of each kind of screen, drawn by the real loop on a virtual terminal from the fixture course:
 * prose with a 2-D equation, a guess before and after its reveal, each kind of quiz, a prediction, a derivation part
 * way and to its end, a plot, the table of nudges with a row added and a nudge refused, the lab step, the contents, the
 * help and the complete page, in English, Japanese and ASCII; and a guess over the tiny network's seven weights (each
 * stage of a reveal without an expansion) and over three of them. Keys are written as {@link FixtureCourse#keys} reads
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
        "quiz-expression-unknown-name-en-unicode-80x24, 80, 24, EN, false, slope, slope, 2p_1+4>",
        "quiz-expression-unknown-name-ja-unicode-80x24, 80, 24, JA, false, slope, slope, 2x+4>",
        "quiz-expression-unknown-name-en-ascii-80x24, 80, 24, EN, true, slope, slope, 2P_2+4>",
        "complete-en-unicode-80x24, 80, 24, EN, false, downhill, too-far, n",
        "predict-en-unicode-80x24, 80, 24, EN, false, downhill, predict, ''",
        "predict-right-en-unicode-80x24, 80, 24, EN, false, downhill, predict, 0.64>",
        "predict-wrong-ja-unicode-80x24, 80, 24, JA, false, downhill, predict, 1>",
        "derive-start-en-unicode-80x24, 80, 24, EN, false, slope, derive, ''",
        "derive-partway-en-unicode-80x24, 80, 24, EN, false, slope, derive, >>>",
        "derive-partway-ja-unicode-80x24, 80, 24, JA, false, slope, derive, >>>",
        "derive-partway-en-ascii-80x24, 80, 24, EN, true, slope, derive, >>>",
        "derive-partway-en-unicode-60x24, 60, 24, EN, false, slope, derive, >>>",
        "derive-end-en-unicode-80x24, 80, 24, EN, false, slope, derive, >>>>>>",
        "derive-end-ja-unicode-80x24, 80, 24, JA, false, slope, derive, >>>>>>",
        "derive-end-en-ascii-80x24, 80, 24, EN, true, slope, derive, >>>>>>",
        "derive-end-ja-ascii-80x24, 80, 24, JA, true, slope, derive, >>>>>>",
        "derive-end-en-unicode-200x50, 200, 50, EN, false, slope, derive, >>>>>>",
        "derive-rules-end-en-unicode-80x24, 80, 24, EN, false, slope, derive-rules, >>>>>>>",
        "derive-rules-end-ja-unicode-80x24, 80, 24, JA, false, slope, derive-rules, >>>>>>>",
        "derive-chain-partway-en-unicode-80x24, 80, 24, EN, false, downhill, chain, >>>>",
        "derive-chain-end-en-unicode-80x24, 80, 24, EN, false, downhill, chain, >>>>>>>>>>>>",
        "derive-chain-end-ja-unicode-80x24, 80, 24, JA, false, downhill, chain, >>>>>>>>>>>>",
        "derive-chain-end-en-ascii-80x24, 80, 24, EN, true, downhill, chain, >>>>>>>>>>>>",
        "derive-chain-end-ja-ascii-80x24, 80, 24, JA, true, downhill, chain, >>>>>>>>>>>>",
        "derive-chain-end-en-unicode-200x50, 200, 50, EN, false, downhill, chain, >>>>>>>>>>>>",
        "plot-en-unicode-80x24, 80, 24, EN, false, downhill, picture, ''",
        "plot-ja-unicode-80x24, 80, 24, JA, false, downhill, picture, ''",
        "plot-en-ascii-80x24, 80, 24, EN, true, downhill, picture, ''",
        "plot-ja-unicode-60x20, 60, 20, JA, false, downhill, picture, ''",
        "plot-over-x-en-unicode-80x24, 80, 24, EN, false, downhill, over-x, ''",
        "plot-over-x-ja-unicode-80x24, 80, 24, JA, false, downhill, over-x, ''",
        "plot-over-x-en-ascii-80x24, 80, 24, EN, true, downhill, over-x, ''",
        "descent-en-unicode-80x24, 80, 24, EN, false, downhill, loop-table, ''",
        "descent-ja-unicode-80x24, 80, 24, JA, false, downhill, loop-table, ''",
        "descent-en-ascii-80x24, 80, 24, EN, true, downhill, loop-table, ''",
        "descent-ja-ascii-60x20, 60, 20, JA, true, downhill, loop-table, ''",
        "nudges-en-unicode-80x24, 80, 24, EN, false, downhill, shrinking, ''",
        "nudges-ja-unicode-80x24, 80, 24, JA, false, downhill, shrinking, ''",
        "nudges-added-en-unicode-80x24, 80, 24, EN, false, downhill, shrinking, >0.0001>",
        "nudges-added-ja-unicode-60x20, 60, 20, JA, false, downhill, shrinking, >-0.05>",
        "nudges-refused-en-ascii-80x24, 80, 24, EN, true, downhill, shrinking, >0>",
        "guess-limited-revealed-en-unicode-80x24, 80, 24, EN, false, downhill, by-loss, 0v+>>>",
        "guess-limited-revealed-ja-unicode-80x24, 80, 24, JA, false, downhill, by-loss, 0v->>>",
        "guess-limited-revealed-en-ascii-80x24, 80, 24, EN, true, downhill, by-loss, +v+>>",
        "network-guess-en-unicode-80x24, 80, 24, EN, false, network, every-weight, ''",
        "network-guess-ja-unicode-80x24, 80, 24, JA, false, network, every-weight, ''",
        "network-guess-en-ascii-80x24, 80, 24, EN, true, network, every-weight, ''",
        "network-guess-loss-en-unicode-80x24, 80, 24, EN, false, network, every-weight, -v-v+v0v-v-v->",
        "network-guess-derivatives-en-unicode-80x24, 80, 24, EN, false, network, every-weight, -v-v+v0v-v-v->>",
        "network-guess-derivatives-ja-unicode-80x24, 80, 24, JA, false, network, every-weight, -v-v+v0v-v-v->>",
        "network-guess-nudge-en-unicode-80x24, 80, 24, EN, false, network, every-weight, -v-v+v0v-v-v->>>",
        "network-guess-update-en-unicode-80x24, 80, 24, EN, false, network, every-weight, -v-v+v0v-v-v->>>>",
        "network-guess-update-en-ascii-80x24, 80, 24, EN, true, network, every-weight, -v-v+v0v-v-v->>>>",
        "network-guess-verdict-en-unicode-80x24, 80, 24, EN, false, network, every-weight, -v-v+v0v-v-v->>>>>>",
        "network-guess-verdict-ja-unicode-80x24, 80, 24, JA, false, network, every-weight, -v-v+v0v-v-v->>>>>>",
        "network-guess-verdict-en-ascii-80x24, 80, 24, EN, true, network, every-weight, -v-v+v0v-v-v->>>>>>",
        "network-guess-subset-en-unicode-80x24, 80, 24, EN, false, network, three-weights, ''",
        "network-guess-subset-ja-unicode-80x24, 80, 24, JA, false, network, three-weights, ''",
        "network-guess-subset-revealed-en-unicode-80x24, 80, 24, EN, false, network, three-weights, -v+v->>>>>>",
        "network-guess-subset-revealed-ja-unicode-80x24, 80, 24, JA, false, network, three-weights, -v+v->>>>>>",
        "network-guess-subset-revealed-en-ascii-80x24, 80, 24, EN, true, network, three-weights, -v+v->>>>>>",
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
