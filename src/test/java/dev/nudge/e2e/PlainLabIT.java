package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The lab step in {@code ./nudge --plain}, in a real terminal: {@code o} opens a lab driven line by line (set a
 * parameter, step the descent, read the loss and slopes, see its commands), and {@code q} comes back to the step.
 */
class PlainLabIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String OFFER = "Type o to open the lab";
    private static final Pattern LOSS = Pattern.compile("MSE = ~?([-0-9.]+) ");

    /** The loss shown last on {@code screen}. */
    private static double loss(String screen) {
        var matcher = LOSS.matcher(screen.replace('≈', '~'));
        double last = Double.NaN;
        while (matcher.find()) {
            last = Double.parseDouble(matcher.group(1));
        }
        assertThat(last).as("the loss on screen:\n%s", screen).isNotNaN();
        return last;
    }

    /** The loss the descent-loop lesson's predict step expects, as the engine computes it. */
    private static String predictedOvershoot() {
        var lesson = RealCourse.lesson("descent-loop", dev.nudge.i18n.Language.EN);
        var predict = lesson.steps().stream().filter(dev.nudge.step.predict.PredictStep.class::isInstance)
                .map(dev.nudge.step.predict.PredictStep.class::cast).findFirst().orElseThrow();
        return dev.nudge.lesson.KnownAnswers.predicted(predict, dev.nudge.lesson.LessonMath.of(lesson));
    }

    @Test
    void theLabStepOpensALineByLineLab() throws InterruptedException {
        try (var tmux = Tmux.start(100, 40, PROJECT, "LANG=C.UTF-8")) {
            tmux.typeLine("./nudge --plain --lang en; echo \"EXIT=$?\"");
            tmux.awaitText("Press Enter to start");
            tmux.typeLine("t");
            tmux.awaitText("Type a lesson number");
            tmux.typeLine("9");
            tmux.awaitText("(" + RealCourse.position("descent-loop", "loop") + ")");
            // On to the lab step: the choice quiz is skipped, the tables read, the overshoot predicted.
            for (var line : new String[] {"", "n", "", "", "", predictedOvershoot()}) {
                tmux.typeLine(line);
                Thread.sleep(300);
            }
            for (int lines = 0; lines < 20 && !tmux.screen().contains(OFFER); lines++) {
                tmux.typeLine("");
                Thread.sleep(300);
            }
            tmux.awaitText(OFFER);
            tmux.typeLine("o");
            double first = loss(tmux.awaitText("steps: 0 · paused"));
            tmux.typeLine("?");
            tmux.awaitText("q leaves the lab.");
            tmux.typeLine("s 3");
            var stepped = tmux.awaitText("steps: 3 · paused");
            assertThat(loss(stepped)).as("the loss after three steps").isLessThan(first);
            assertThat(stepped).contains("dMSE/dP₀", "dMSE/dP₁");
            tmux.typeLine("P_0 = 3");
            tmux.typeLine("P_1 = -2");
            assertThat(tmux.awaitText("MSE = 0   rate 0.1")).contains("dMSE/dP₁ = 0  no effect");
            tmux.typeLine("q");
            tmux.awaitScreen(screen -> screen.lastIndexOf(OFFER) > screen.lastIndexOf("MSE = 0"),
                    "the lab step again");
            tmux.typeLine("q");
            assertThat(tmux.awaitText("EXIT=0")).doesNotContain("crash", "Exception");
        }
    }
}
