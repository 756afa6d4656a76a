package dev.nudge.tui;

import com.googlecode.lanterna.input.KeyType;
import dev.nudge.i18n.Language;
import dev.nudge.tutor.TestCourse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole-screen snapshots of each kind of screen, drawn by the real loop on a virtual terminal: prose with a 2-D
 * equation, a guess before and after its reveal, quizzes, a prediction, the contents and the help, in English,
 * Japanese and ASCII.
 */
class LessonScreensTest {

    /**
     * Keys as a string: letters and digits are typed; {@code >} is Enter, {@code v} and {@code ^} are Down and Up,
     * {@code E} is End.
     */
    private static void press(VirtualTutor tutor, String keys) {
        for (char c : keys.toCharArray()) {
            switch (c) {
                case '>':
                    tutor.press(KeyType.Enter);
                    break;
                case 'v':
                    tutor.press(KeyType.ArrowDown);
                    break;
                case '^':
                    tutor.press(KeyType.ArrowUp);
                    break;
                case 'E':
                    tutor.press(KeyType.End);
                    break;
                default:
                    tutor.type(c);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "prose-equation-en-unicode-80x24, 80, 24, EN, false, function, adjustable-function, ''",
        "prose-equation-ja-unicode-80x24, 80, 24, JA, false, function, adjustable-function, ''",
        "prose-equation-en-ascii-80x24, 80, 24, EN, true, function, adjustable-function, ''",
        "guess-en-unicode-80x24, 80, 24, EN, false, trap, which-way, ''",
        "guess-ja-unicode-80x24, 80, 24, JA, false, trap, which-way, ''",
        "guess-en-ascii-80x24, 80, 24, EN, true, trap, which-way, ''",
        "guess-revealed-en-unicode-80x24, 80, 24, EN, false, trap, which-way, +v+>>>>>>>",
        "guess-revealed-ja-unicode-80x24, 80, 24, JA, false, trap, which-way, +v+>>>>>>>",
        "guess-revealed-en-ascii-80x24, 80, 24, EN, true, trap, which-way, 0v->>>>>>>",
        "guess-revealed-en-unicode-200x50, 200, 50, EN, false, all-points, all-way, +v->>>>>>>",
        "guess-hints-en-unicode-80x24, 80, 24, EN, false, trap, which-way, hhh",
        "contents-en-unicode-80x24, 80, 24, EN, false, trap, which-way, t",
        "contents-ja-unicode-80x24, 80, 24, JA, false, trap, which-way, t",
        "help-lesson-en-unicode-80x24, 80, 24, EN, false, trap, which-way, ?",
        "lab-en-unicode-80x24, 80, 24, EN, false, all-points, lab-descent, E",
        "quiz-choice-wrong-en-unicode-80x24, 80, 24, EN, false, loss, what-is-mse, 2",
        "quiz-choice-wrong-ja-unicode-80x24, 80, 24, JA, false, loss, what-is-mse, 2",
        "quiz-number-mistake-en-unicode-80x24, 80, 24, EN, false, nudge, nudge-up, 9.006>",
        "quiz-number-mistake-en-ascii-80x24, 80, 24, EN, true, nudge, nudge-up, 9.006>",
        "quiz-expression-shown-en-unicode-80x24, 80, 24, EN, false, derivative, differentiate, 1>2>3>",
        "quiz-expression-right-ja-unicode-80x24, 80, 24, JA, false, derivative, differentiate, 2P_1+4>",
        "quiz-number-typing-en-unicode-200x50, 200, 50, EN, false, all-points, mse-all, 11/",
        "complete-en-unicode-80x24, 80, 24, EN, false, all-points, rate-quiz, n",
        "predict-en-unicode-80x24, 80, 24, EN, false, derivative, step-from-minus-three, ''",
        "predict-right-en-unicode-80x24, 80, 24, EN, false, derivative, step-from-minus-three, 0.64>",
        "predict-wrong-ja-unicode-80x24, 80, 24, JA, false, derivative, step-from-minus-three, 1>",
    })
    void screenMatchesItsSnapshot(String snapshot, int columns, int rows, Language language, boolean ascii,
            String lesson, String step, String keys) throws InterruptedException {
        var state = TestCourse.at(language, lesson, step);
        try (var tutor = VirtualTutor.start(columns, rows, state, new ViewOptions(ascii, true))) {
            tutor.awaitScreen(screen -> !screen.isBlank(), "the first frame");
            press(tutor, keys);
            Snapshots.assertScreen(tutor, snapshot);
        }
    }
}
