package dev.nudge.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.nudge.i18n.Language;
import dev.nudge.lab.LabModel;
import dev.nudge.lab.LabSetup;
import dev.nudge.lesson.LessonMath.DataPoint;
import dev.nudge.math.Definitions;
import dev.nudge.math.Rational;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.FixtureCourse;
import dev.nudge.tutor.LoadedCourse;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lab drawn by the real loop on a virtual terminal after a few descent steps (taken with {@code s}, so the
 * final screen does not depend on timing), at 80x24 and 200x50, in Unicode, ASCII and Japanese; and the lab opened
 * from the course's lab step and left again.
 */
public class LabScreensTest {
    public static LabModel article() {
        var start = new LinkedHashMap<String, Rational>();
        start.put("P_0", Rational.ONE);
        start.put("P_1", Rational.ONE);
        return LabModel.start(LabSetup.of(Definitions.none().define("f(x, P) = P_0 \\times x + P_1"),
                List.of(new DataPoint(Rational.ZERO, Rational.of(-2)), new DataPoint(Rational.ONE, Rational.ONE),
                        new DataPoint(Rational.of(2), Rational.of(4))), start, Rational.parse("0.1")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "lab-descent-en-unicode-80x24, 80, 24, EN, false, sssss",
        "lab-descent-en-ascii-80x24, 80, 24, EN, true, sssss",
        "lab-descent-ja-unicode-80x24, 80, 24, JA, false, sssss",
        "lab-descent-en-unicode-200x50, 200, 50, EN, false, ssssssssssssssssssss",
        "lab-descent-en-ascii-200x50, 200, 50, EN, true, ssssssssssssssssssss",
        "lab-single-point-log-en-unicode-80x24, 80, 24, EN, false, msssg",
        "lab-help-en-unicode-80x24, 80, 24, EN, false, ?",
        "lab-descent-ja-ascii-80x24, 80, 24, JA, true, sssss",
        "lab-descent-en-unicode-60x16, 60, 16, EN, false, sssss",
        "lab-descent-en-ascii-60x16, 60, 16, EN, true, sssss",
        "lab-descent-ja-unicode-60x16, 60, 16, JA, false, sssss",
        "lab-descent-ja-ascii-60x16, 60, 16, JA, true, sssss",
        "lab-tall-en-unicode-80x40, 80, 40, EN, false, sssss",
        "lab-rescaled-en-unicode-80x24, 80, 24, EN, false, sssssssssssssssssssssa",
        "lab-help-ja-unicode-60x16, 60, 16, JA, false, ?",
    })
    void labScreenMatchesItsSnapshot(String snapshot, int columns, int rows, Language language, boolean ascii,
            String keys) throws InterruptedException {
        try (var lab = VirtualTutor.startLab(columns, rows, article(), language, new ViewOptions(ascii, true))) {
            lab.awaitScreen(screen -> !screen.isBlank(), "the first frame");
            keys.chars().forEach(c -> lab.type((char) c));
            Snapshots.assertScreen(lab, snapshot);
        }
    }

    /** A descent at rate 0.2 converges within 150 steps; the steps after it say so again, with their count. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "lab-converged-en-unicode-80x24, 80, 24, EN, false, ], 150",
        "lab-converged-ja-unicode-60x16, 60, 16, JA, false, ], 150",
        "lab-blown-up-en-unicode-80x24, 80, 24, EN, false, ]]]]], 12",
        "lab-blown-up-ja-unicode-80x24, 80, 24, JA, false, ]]]]], 12",
        "lab-blown-up-ja-ascii-60x16, 60, 16, JA, true, ]]]]], 12",
    })
    void theEndOfADescentIsSaidInFull(String snapshot, int columns, int rows, Language language, boolean ascii,
            String rates, int steps) throws InterruptedException {
        try (var lab = VirtualTutor.startLab(columns, rows, article(), language, new ViewOptions(ascii, true))) {
            lab.awaitScreen(screen -> !screen.isBlank(), "the first frame");
            rates.chars().forEach(c -> lab.type((char) c));
            for (int i = 0; i < steps; i++) {
                lab.type('s');
            }
            Snapshots.assertScreen(lab, snapshot);
        }
    }

    /** A course of one lesson that declares the tiny network and has a lab step on it. */
    private static final LoadedCourse NETWORK_COURSE = new LoadedCourse(
            java.nio.file.Path.of("src", "test", "resources", "network-lab-course"));

    /**
     * The network lab, opened from its step: seven parameters, the loss along the first, the bent output
     * and each hidden neuron's piece against the points, the loss over the steps on a tall screen.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "lab-network-en-unicode-80x24, 80, 24, EN, false, sssss",
        "lab-network-en-ascii-80x24, 80, 24, EN, true, sssss",
        "lab-network-ja-unicode-80x24, 80, 24, JA, false, sssss",
        "lab-network-ja-ascii-80x24, 80, 24, JA, true, sssss",
        "lab-network-en-unicode-60x16, 60, 16, EN, false, sssss",
        "lab-network-ja-unicode-60x16, 60, 16, JA, false, sssss",
        "lab-network-en-unicode-200x50, 200, 50, EN, false, ssssssssssssssssssss",
        "lab-network-blown-up-en-unicode-80x24, 80, 24, EN, false, ]]]ssssss",
    })
    void theNetworkLabMatchesItsSnapshot(String snapshot, int columns, int rows, Language language, boolean ascii,
            String keys) throws InterruptedException {
        // The keys go through the tutor's own update: o opens the lab from its step, then each key is a lab key.
        var lab = FixtureCourse.after(NETWORK_COURSE.at(language, "network", "train"), "o" + keys);
        try (var tutor = VirtualTutor.start(columns, rows, lab, new ViewOptions(ascii, true))) {
            Snapshots.assertScreen(tutor, snapshot);
        }
    }

    /** On a short screen a network's parameters show two at a time, and Tab moves on to the next ones. */
    @Test
    void onAShortScreenTabShowsTheNetworksNextParameters() throws InterruptedException {
        var state = NETWORK_COURSE.at(Language.EN, "network", "train");
        try (var tutor = VirtualTutor.start(60, 16, state, new ViewOptions(false, true))) {
            tutor.awaitSettled();
            tutor.type('o');
            assertThat(tutor.awaitSettled()).contains("> w₁ = 1", "b₁ = 0.5", "parameters 1-2 of 7")
                    .doesNotContain("w₂ =").contains("The model and the data");
            tutor.press(KeyType.Tab);
            tutor.press(KeyType.Tab);
            assertThat(tutor.awaitSettled()).contains("> w₂ = -1", "b₂ = 0.25", "parameters 3-4 of 7")
                    .doesNotContain("w₁ =");
        }
    }

    @Test
    void arrowsMoveTheSelectedParameterAndTheLabEndsOnQ() throws InterruptedException {
        try (var lab = VirtualTutor.startLab(80, 24, article(), Language.EN, new ViewOptions(false, true))) {
            lab.awaitText("MSE = ≈3.6667");
            lab.press(KeyType.Tab);
            lab.type('-');
            lab.press(KeyType.ArrowRight);
            assertThat(lab.awaitSettled()).contains("> P₁ = 1.01", "Loss along P₁");
            lab.type('q');
            assertThat(lab.awaitExit()).isTrue();
            assertThat(lab.cursorVisible()).isTrue();
        }
    }

    @Test
    void aRunningDescentStepsOnTheLoopsClockAndStopsWhenPaused() throws InterruptedException {
        try (var lab = VirtualTutor.startLab(80, 24, article(), Language.EN, new ViewOptions(false, true))) {
            lab.awaitText("steps: 0");
            lab.type('r');
            lab.awaitScreen(screen -> screen.contains("steps: 3") && screen.contains("running"), "3 steps on ticks");
            lab.type('r');
            lab.awaitText("paused");
            // The whole frame once the pause is drawn, not a frame read while it is being drawn.
            var paused = lab.awaitSettled();
            Thread.sleep(300);
            assertThat(lab.screen()).as("no tick after the pause").isEqualTo(paused);
        }
    }

    @Test
    void theLabStepOpensTheLabAndLeavingComesBackToIt() throws InterruptedException {
        var state = FixtureCourse.at(Language.EN, "downhill", "lab");
        try (var tutor = VirtualTutor.start(80, 24, state, new ViewOptions(false, true))) {
            tutor.awaitText("In the lab");
            tutor.type('o');
            assertThat(tutor.awaitSettled()).contains("Lab · f(x, P) = P₀ × x + P₁", "MSE = ≈3.6667");
            tutor.type('s');
            tutor.press(KeyType.Escape);
            assertThat(tutor.awaitSettled()).contains("In the lab").doesNotContain("Loss over the steps");
        }
    }

    private static LabModel lab(String model, String data, String params, String rate) {
        var definitions = Definitions.none().define(model);
        var points = new java.util.ArrayList<DataPoint>();
        for (var point : data.split(",")) {
            var xy = point.split(":");
            points.add(new DataPoint(Rational.parse(xy[0]), Rational.parse(xy[1])));
        }
        var start = new LinkedHashMap<String, Rational>();
        for (var param : params.split(",")) {
            var nameValue = param.split("=");
            start.put(nameValue[0], Rational.parse(nameValue[1]));
        }
        return LabModel.start(LabSetup.of(definitions, points, start, Rational.parse(rate)));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} then ''{4}''")
    @CsvSource(delimiter = '|', value = {
        "f(x, P) = P_0 x + P_1  | 0:-2,1:1,2:4 | P_0=1,P_1=1    | 1e308 | s | ≈2.074e+616",
        "f(x, P) = P_0 x + P_1  | 0:-2,1:1,2:4 | P_0=1e308,P_1=1 | 0.1  | g | ≈1.667e+616",
        "f(x, P) = P_0 x + P_1  | 1e308:1e308  | P_0=1,P_1=1    | 0.1   | g | ≈2.000e+616",
        "f(x,P)=P_0*x^100+P_1   | 1000:1       | P_0=1,P_1=1    | 0.1   | g | ≈2.000e+600"})
    void numbersTooLargeToDrawAreShownAndExplained(String model, String data, String params, String rate,
            String keys, String reached) throws InterruptedException {
        try (var screen = VirtualTutor.startLab(80, 24, lab(model, data, params, rate), Language.EN,
                new ViewOptions(false, true))) {
            screen.awaitText("steps: 0");
            keys.chars().forEach(c -> screen.type((char) c));
            assertThat(screen.awaitSettled()).contains("Too large to draw.", "Numbers reach " + reached,
                    "Press 0 to go back to the start.");
            screen.type('0');
            screen.type('q');
            assertThat(screen.awaitExit()).isTrue();
        }
    }

    @Test
    void aMoveWithNoValueIsRefusedOnScreenInJapaneseToo() throws InterruptedException {
        try (var screen = VirtualTutor.startLab(80, 24, lab("f(x, P) = 1/P_0 + x", "1:1", "P_0=0.1", "0.1"),
                Language.JA, new ViewOptions(false, true))) {
            screen.awaitText("P_0 = 0.1");
            screen.press(KeyType.ArrowLeft);
            assertThat(screen.awaitText("この操作はできません")).contains("0 で割っています（P_0 が 0 になります）", "P_0 = 0.1")
                    .doesNotContain("division by zero");
        }
    }
}
