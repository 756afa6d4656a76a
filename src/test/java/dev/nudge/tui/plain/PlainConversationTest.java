package dev.nudge.tui.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.progress.ProgressSink;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.FixtureCourse;
import dev.nudge.tutor.TestCourse;
import dev.nudge.tutor.TutorState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The plain tutor reads as a conversation: it says what can be typed (never the full screen's editing keys), and says
 * every answer back: each direction of a guess, the choice taken in a quiz; the lab says how a descent ended.
 */
class PlainConversationTest {
    static String plain(TutorState start, String... lines) throws IOException {
        var out = new StringWriter();
        new PlainTutor(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")), new PrintWriter(out),
                new ViewOptions(false, false), 80, ProgressSink.NONE).run(start);
        return out.toString();
    }

    @Test
    void aGuessSaysHowToTypeItThenSaysEveryChoiceBackBeforeTheReveal() throws IOException {
        var output = plain(FixtureCourse.at(Language.EN, "slope", "which-way"), "none down");
        assertThat(output).contains("Type one of up, down or none (or + - 0) for each of P₀, P₁")
                .contains("You said: P₀ no effect, P₁ lower.")
                .doesNotContain("left and right keys", "[lower]", "> P₀");
        assertThat(output.indexOf("You said:")).isLessThan(output.indexOf("1. The loss as a function"));
    }

    @Test
    void aGuessInJapaneseSaysItsChoicesBackInJapanese() throws IOException {
        var output = plain(FixtureCourse.at(Language.JA, "slope", "which-way"), "上げる -");
        assertThat(output).contains("あなたの予想：P_0 は上げる、P_1 は下げる。").doesNotContain("[下げる]");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aTypedQuizSaysOnlyWhatCanBeTyped(Language language) throws IOException {
        var output = plain(FixtureCourse.at(language, "slope", "slope"), "q");
        assertThat(output).doesNotContain("Left, right", "Home", "Esc", "Ctrl-U", "press Enter to type", "Home、");
        assertThat(output).contains(language == Language.EN ? "Type your answer and press Enter. h gives a hint"
                : "答えを入力して Enter を押してください。");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theOpenHelpSaysToTypeTheQuestionMarkToCloseIt(Language language) throws IOException {
        var output = plain(FixtureCourse.at(language, "line", "model"), "?", "x", "?", "q");
        assertThat(output).contains(language == Language.EN ? "Type ? and press Enter to close this panel."
                : "? と入力して Enter を押すと、このパネルを閉じます。").doesNotContain("Esc");
    }

    @Test
    void aChoiceQuizSaysTheChoiceBackAndAnEmptyLineSaysWhatToType() throws IOException {
        var output = plain(FixtureCourse.at(Language.EN, "line", "knobs"), "", "2");
        assertThat(output).contains("Type the number of your answer and press Enter.")
                .contains("Nothing chosen yet: type a number from 1 to ").contains("or n to skip this quiz.")
                .contains("You chose 2) ")
                .doesNotContain("up and down", "highlighted", "> 1)", "> 2)");
    }

    @Test
    void theLabSaysInWordsThatTheDescentConvergedAndAfterHowManySteps() throws IOException {
        var output = plain(TestCourse.at(Language.EN, "descent-loop", "lab-descent"), "o", "]", "s 100", "s 100");
        assertThat(output).containsPattern("Converged after \\d+ steps: every slope is below 0.00001.");
        assertThat(output.split("Converged after", -1)).as("said once, where the descent stopped").hasSize(2);
    }

    @Test
    void theLabSaysInWordsThatTheDescentBlewUpInJapanese() throws IOException {
        var output = plain(TestCourse.at(Language.JA, "descent-loop", "lab-descent"), "o", "]", "]", "]", "]", "]",
                "s 50");
        assertThat(output).containsPattern("\\d+ ステップで発散しました（損失が 1 兆超）。");
    }
}
