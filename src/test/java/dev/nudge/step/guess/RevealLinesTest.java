package dev.nudge.step.guess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.layout.Glyphs;
import dev.nudge.layout.Line;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Writing;
import dev.nudge.tutor.FixtureCourse;
import dev.nudge.tutor.TestCourse;
import dev.nudge.tutor.TutorState;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the reveal of a guess says, read from its lines as the screen shows them. */
class RevealLinesTest {

    /** The whole reveal of the guess at {@code lessonId}/{@code stepId} after {@code keys}, as one flat text. */
    private static String revealed(Language language, String lessonId, String stepId, String keys) {
        TutorState state = FixtureCourse.after(TestCourse.at(language, lessonId, stepId), keys);
        var math = state.book().math(language, state.place().lesson());
        var glyphs = Glyphs.choose(false, language);
        return state.session().lines(new Writing(language, glyphs), new ProseLayout(math, glyphs, 200, true))
                .stream().map(Line::text).collect(Collectors.joining("\n"));
    }

    @Test
    void aNudgeThatLowersTheLossGivesTheRatioWithItsSignLikeTheSlope() {
        var english = revealed(Language.EN, "derivative", "from-minus-three", "+>>>>>>>");
        assertThat(english).contains("P₁ = -2.999 gives a loss of 0.998001: a fall of 0.001999")
                .contains("-1.999 times the nudge of 0.001, close to the slope -2.")
                .doesNotContain(" 1.999 times");
        var japanese = revealed(Language.JA, "derivative", "from-minus-three", "+>>>>>>>");
        assertThat(japanese).contains("0.001999 減りました").contains("の -1.999 倍で、傾き -2 に近い値です。");
    }

    @Test
    void aNudgeThatRaisesTheLossGivesAPositiveRatio() {
        assertThat(revealed(Language.EN, "trap", "which-way", "-v->>>>>>>"))
                .contains("a rise of 0.006001, which is 6.001 times the nudge of 0.001, close to the slope 6.");
    }
}
