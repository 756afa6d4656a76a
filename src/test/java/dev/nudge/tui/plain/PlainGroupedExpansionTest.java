package dev.nudge.tui.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.progress.ProgressSink;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.TestCourse;
import dev.nudge.tutor.TutorState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The plain tutor offers the grouped expansion's every step as a typed {@code d}, and takes it. */
class PlainGroupedExpansionTest {
    private static String plain(TutorState start, String... lines) throws IOException {
        var out = new StringWriter();
        new PlainTutor(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")), new PrintWriter(out),
                new ViewOptions(false, false), 80, ProgressSink.NONE).run(start);
        return out.toString();
    }

    @Test
    void aTypedDShowsEveryStepAndAnotherHidesThem() throws IOException {
        var output = plain(TestCourse.at(Language.EN, "all-points", "all-way"), "up down", "", "d", "d");
        int grouped = output.indexOf("Type d to show every step.");
        int detail = output.indexOf("Type d to hide the steps again.");
        assertThat(grouped).isPositive();
        assertThat(detail).isGreaterThan(grouped);
        assertThat(output.indexOf("Type d to show every step.", detail)).isGreaterThan(detail);
        assertThat(output.substring(0, grouped)).doesNotContain("square of a difference");
        assertThat(output.substring(grouped, detail)).contains("square of a difference");
        assertThat(output).doesNotContain("Press d");
    }

    @Test
    void japaneseOffersItInJapanese() throws IOException {
        var output = plain(TestCourse.at(Language.JA, "all-points", "all-way"), "上げる 下げる", "", "d");
        assertThat(output).contains("d と入力すると、途中式をすべて表示します。", "d と入力すると、途中式をたたみます。");
    }
}
