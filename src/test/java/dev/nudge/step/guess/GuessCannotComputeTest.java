package dev.nudge.step.guess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.tutor.FixtureCourse;
import dev.nudge.tutor.LoadedCourse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guess whose reveal the math engine cannot compute (its update takes a parameter to where the model divides by zero)
 * says why in the learner's language, as the engine's other problems are said.
 */
class GuessCannotComputeTest {
    private static final String COURSE = """
            format_version: 1
            languages: en, ja
            lessons:
              01-divide
            """;
    private static final String HEADER = """
            ---
            id: divide
            title: %s
            define: f(x, P) = P_0 \\times x + 1 / (P_1 - 3)
            params: P_0 = 1, P_1 = 2
            points: (0, -2)
            ---

            ## %s {#which-way introduces=loss, expansion, derivative, nudge, update, learning-rate}

            %s

            ```guess
            points: (0, -2)
            rate: 0.5
            hint-concept: %s
            hint-strategy: %s
            hint-answer: %s
            ```
            """;

    @TempDir
    Path folder;

    private LoadedCourse course() throws IOException {
        Files.writeString(folder.resolve("course.txt"), COURSE);
        Files.createDirectories(folder.resolve("en"));
        Files.createDirectories(folder.resolve("ja"));
        Files.writeString(folder.resolve("en/01-divide.md"), HEADER.formatted("Divide", "Which way?",
                "Should each parameter go up or down?", "Look at the loss.", "Look at the loss.", "Look at the loss."));
        Files.writeString(folder.resolve("ja/01-divide.md"), HEADER.formatted("割り算", "どちらへ？",
                "それぞれのパラメータは上げるべきでしょうか、下げるべきでしょうか？", "損失を見てください。", "損失を見てください。",
                "損失を見てください。"));
        return new LoadedCourse(folder);
    }

    private static String revealed(LoadedCourse course, Language language) {
        var state = FixtureCourse.after(course.at(language, "divide", "which-way"), "+v+>");
        return RevealLinesTest.text(language, state);
    }

    @Test
    void theReasonARevealCannotBeComputedIsSaidInTheLearnersLanguage() throws IOException {
        var course = course();
        assertThat(revealed(course, Language.EN))
                .contains("This guess cannot be computed: division by zero");
        var japanese = revealed(course, Language.JA);
        assertThat(japanese).contains("この予想は計算できません：")
                .contains("0 で割っています").doesNotContain("cannot", "division");
    }
}
