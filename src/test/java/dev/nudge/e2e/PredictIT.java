package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.lesson.Lesson;
import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.Step;
import dev.nudge.step.TaughtStep;
import dev.nudge.step.derive.DeriveStep;
import dev.nudge.step.quiz.QuizStep;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The predict step of lesson 6 as a learner meets it: in a real terminal a wrong prediction is explained and a
 * second, right one shows the change; in plain mode through a pipe, in Japanese, a typed line is the prediction.
 */
class PredictIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    /** The step the tests predict at, in lesson 6 of the real course. */
    private static final String PREDICT_STEP = "step-from-minus-three";
    private static final Lesson<TaughtStep> LESSON = RealCourse.lesson("derivative", Language.EN);
    private static final int PREDICT_INDEX = LESSON.steps().stream().map(Step::id).toList().indexOf(PREDICT_STEP);

    /** How many presses of next take a learner past {@code step} without answering it: a derivation's every line. */
    private static int nextPresses(Step step) {
        return step instanceof DeriveStep derive ? derive.derivation(LessonMath.of(LESSON)).steps().size() : 1;
    }

    /** From the contents to the predict step of lesson 6, walking each derivation and leaving each typed quiz's field. */
    private static void toThePredictStep(Tmux tmux) throws InterruptedException {
        tmux.type("t");
        tmux.type("6");
        for (int index = 0; index < PREDICT_INDEX; index++) {
            var step = LESSON.steps().get(index);
            tmux.awaitText((index + 1) + "/" + LESSON.steps().size());
            if (step instanceof QuizStep quiz && quiz.quiz().typed()) {
                leaveField(tmux);
            }
            tmux.type("n".repeat(nextPresses(step)));
        }
        tmux.awaitText((PREDICT_INDEX + 1) + "/" + LESSON.steps().size());
    }

    private static void leaveField(Tmux tmux) throws InterruptedException {
        tmux.press("Escape");
        // tmux waits 500 ms to tell a lone Escape from the start of a sequence.
        Thread.sleep(700);
    }

    @Test
    void aWrongPredictionIsExplainedAndARightOneShowsTheChange() throws InterruptedException {
        try (var tmux = Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8")) {
            tmux.typeLine("./nudge; echo \"EXIT=$?\"");
            tmux.awaitText("Start the course");
            toThePredictStep(tmux);
            // Each check waits for everything it asserts: tmux may show a frame half drawn.
            tmux.awaitScreen(screen -> screen.contains("The update about to be made:")
                    && screen.contains("P₁ ← P₁ - η × dLoss/dP₁ = -3 - 0.1 × (-2) = -2.8")
                    && screen.contains("The loss now: 1") && screen.contains("Enter check"), "the prediction asked");
            tmux.type("1");
            tmux.press("Enter");
            tmux.awaitScreen(screen -> screen.contains("That is the loss before the update.")
                    && screen.contains("✗ Not quite.") && screen.contains("P₁ = -2.8")
                    && screen.contains("the loss is 0.64") && screen.contains("change -0.36")
                    && screen.contains("r retry"), "the wrong prediction explained");
            tmux.type("r");
            tmux.awaitScreen(screen -> !screen.contains("Not quite"), "a fresh prediction");
            tmux.type("16/25");
            tmux.press("Enter");
            tmux.awaitScreen(screen -> screen.contains("✓ Right: after the update the loss is 0.64.")
                    && screen.contains("before 1   after 0.64   change -0.36") && screen.contains("→ next"),
                    "the right prediction and the change");
            tmux.type("q");
            tmux.awaitText("EXIT=0");
        }
    }

    @Test
    void inPlainModeATypedLineIsThePrediction(@TempDir Path data) throws IOException, InterruptedException {
        var toPredict = new StringBuilder();
        LESSON.steps().subList(0, PREDICT_INDEX).forEach(step -> toPredict.append("n\n".repeat(nextPresses(step))));
        var output = PlainRun.run("ja", data, "t\n6\n" + toPredict + "0.5\nq\n");
        assertThat(output).contains("(" + (PREDICT_INDEX + 1) + "/" + LESSON.steps().size() + ")", "これから行う更新：", "-3 - 0.1 ⋅ (-2) = -2.8", "違います。",
                "更新すると P_1 = -2.8 になり、そのときの損失は", "更新前 1   更新後 0.64   変化 -0.36")
                .doesNotContain("\u001b[");
    }
}
