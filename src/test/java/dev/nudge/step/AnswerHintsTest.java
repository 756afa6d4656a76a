package dev.nudge.step;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.layout.Glyphs;
import dev.nudge.layout.KeyHint;
import dev.nudge.layout.Writing;
import dev.nudge.tutor.FixtureCourse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The footer offers the next hint only while there is one: after the last, h says so but is not offered. */
class AnswerHintsTest {
    private static final Writing WRITING = new Writing(Language.EN, Glyphs.UNICODE);

    private static boolean offersAHint(String lesson, String step, String keys) {
        var state = FixtureCourse.after(FixtureCourse.at(Language.EN, lesson, step), keys);
        return state.session().keyHints(WRITING).stream().map(KeyHint::key).anyMatch("h"::equals);
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({"slope, which-way, ''", "line, knobs, ''", "slope, loss-now, <", "downhill, predict, <"})
    void theHintKeyIsOfferedUntilTheLastHintIsShown(String lesson, String step, String leaveTheField) {
        assertThat(offersAHint(lesson, step, leaveTheField)).as("before any hint").isTrue();
        assertThat(offersAHint(lesson, step, leaveTheField + "hh")).as("with one hint left").isTrue();
        assertThat(offersAHint(lesson, step, leaveTheField + "hhh")).as("after the last hint").isFalse();
    }
}
