package dev.nudge.tui.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.tutor.TestCourse;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The plain tutor offers the grouped expansion's every step as a typed {@code d}, and takes it. */
class PlainGroupedExpansionTest {
    @Test
    void aTypedDShowsEveryStepAndAnotherHidesThem() throws IOException {
        var output = PlainConversationTest.plain(TestCourse.at(Language.EN, "all-points", "all-way"), "up down", "", "d", "d");
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
        var output = PlainConversationTest.plain(TestCourse.at(Language.JA, "all-points", "all-way"), "上げる 下げる", "", "d");
        assertThat(output).contains("d と入力すると、途中式をすべて表示します。", "d と入力すると、途中式をたたみます。");
    }
}
