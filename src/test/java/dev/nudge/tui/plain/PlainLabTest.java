package dev.nudge.tui.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.progress.ProgressSink;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.Page;
import dev.nudge.tutor.TestCourse;
import dev.nudge.tutor.TutorState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The lab step in {@code --plain} does what it offers: a lab driven line by line. */
class PlainLabTest {
    private record Run(TutorState last, String output) {
    }

    private static Run plain(Language language, String... lines) throws IOException {
        var out = new StringWriter();
        var tutor = new PlainTutor(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")),
                new PrintWriter(out), new ViewOptions(false, false), 80, ProgressSink.NONE);
        var last = tutor.run(TestCourse.at(language, "descent-loop", "lab-descent"));
        return new Run(last, out.toString());
    }

    @Test
    void oOpensTheLabWhichShowsTheLossAndEverySlope() throws IOException {
        var run = plain(Language.EN, "o");
        assertThat(run.output()).contains("Lab · f(x, P) = P₀ × x + P₁ · MSE over 3 points",
                "P₀ = 1  dMSE/dP₀ = ≈-0.6667  ▲ raise it", "P₁ = 1  dMSE/dP₁ = 2  ▼ lower it",
                "MSE = ≈3.6667   rate 0.1   step 0.1", "steps: 0 · paused", "0  -2  1        3");
        assertThat(run.last().page()).as("the input ended in the lab").isEqualTo(Page.LAB);
    }

    @Test
    void sStepsTheDescentAsManyTimesAsAsked() throws IOException {
        var run = plain(Language.EN, "o", "s", "s 3");
        assertThat(run.output()).contains("P₁ = 0.8  dMSE/dP₁ = ≈1.7333", "MSE = ≈3.243", "steps: 1 · paused",
                "MSE = ≈2.2894", "steps: 4 · paused");
        assertThat(run.last().lab().orElseThrow().history()).hasSize(5);
    }

    @Test
    void parametersAreSetByNameAsShownOrAsTyped() throws IOException {
        var run = plain(Language.EN, "o", "P_1 = -2", "P₀=3");
        assertThat(run.output()).contains("P₁ = -2  dMSE/dP₁ = -4", "P₀ = 3  dMSE/dP₀ = 0  no effect",
                "MSE = 0   rate 0.1");
    }

    @Test
    void theRateChangesAndWhatIsNoCommandSaysHowToSeeThem() throws IOException {
        var run = plain(Language.EN, "o", "[", "fly", "P_9 = 1", "s 1000");
        assertThat(run.output()).contains("rate 0.05")
                .contains("There is no parameter P₉ here.");
        assertThat(run.output().split("Not a lab command. Type \\? and Enter to see the lab commands.", -1))
                .as("'fly' and 1000 steps are refused").hasSize(3);
    }

    @Test
    void theHelpListsEveryCommandAndTheNextCommandClosesIt() throws IOException {
        var run = plain(Language.EN, "o", "?", "s", "q");
        assertThat(run.output()).contains("Lab commands (each followed by Enter): s takes one step", "takes ten",
                "P_0 = 2 sets a parameter", "] raises the learning rate", "m switches", "0", "q leaves the lab")
                .contains("steps: 1 · paused");
        assertThat(run.last().page()).as("q left the lab, not only the help").isEqualTo(Page.LESSON);
        assertThat(run.output()).endsWith("brings you back to this\nstep.\n> \n");
    }

    @Test
    void leavingComesBackToTheLabStepAndTheLabSpeaksJapanese() throws IOException {
        var run = plain(Language.JA, "o", "?", "q");
        assertThat(run.output()).contains("ラボのコマンド", "q でラボを出ます");
        assertThat(run.last().page()).isEqualTo(Page.LESSON);
        assertThat(run.last().place()).isEqualTo(TestCourse.at(Language.JA, "descent-loop", "lab-descent").place());
    }
}
