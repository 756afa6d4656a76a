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
        return text(language, FixtureCourse.after(TestCourse.at(language, lessonId, stepId), keys));
    }

    /** The same for a guess of the fixture course. */
    private static String fixture(Language language, String lessonId, String stepId, String keys) {
        return text(language, FixtureCourse.after(FixtureCourse.at(language, lessonId, stepId), keys));
    }

    static String text(Language language, TutorState state) {
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
        assertThat(fixture(Language.EN, "slope", "which-way", "-v->>>>>>>"))
                .contains("a rise of 0.006001, which is 6.001 times the nudge of 0.001, close to the slope 6.");
    }

    @Test
    void aLimitedRevealShowsOnlyItsStagesNumberedInTurn() {
        // The fixture's "by-loss" guess shows the loss and the nudge, then the verdict.
        var english = fixture(Language.EN, "downhill", "by-loss", "0v+>>>");
        assertThat(english).contains("1. The loss as a function of the parameters", "2. Check by nudging", "3. Your guess")
                .doesNotContain("Expanded", "The derivative", "The update", "before and after", "Press [");
        assertThat(fixture(Language.JA, "downhill", "by-loss", "0v+>>>"))
                .contains("1. パラメータの関数としての損失", "2. 少し動かして確かめる", "3. あなたの予想");
    }

    @Test
    void aLimitedRevealNeverNamesTheSlopeItDoesNotShow() {
        var english = fixture(Language.EN, "downhill", "by-loss", "0v+>>>");
        assertThat(english).contains("P₁ = -2.999 gives a loss of 0.998001: a fall of 0.001999, so the loss changed by"
                + " -1.999 times the nudge of 0.001.")
                .contains("P₀: right. Moving P₀ does not change this loss at all.")
                .contains("P₁: right. The loss shrinks when P₁ goes up, so raising P₁ lowers the loss.")
                .doesNotContain("slope", "dLoss", "learning rate");
        assertThat(fixture(Language.EN, "downhill", "by-loss", "+v->>>"))
                .contains("P₀: you chose to move it, but moving P₀ does not change this loss at all.")
                .contains("P₁: you chose to lower it, but the loss grows when P₁ goes down. Raise it instead.")
                .doesNotContain("dLoss");
        assertThat(fixture(Language.JA, "downhill", "by-loss", "0v->>>"))
                .contains("P_1：下げる方を選びましたが、P_1 を下げると損失は大きくなります。上げるのが正解です。")
                .doesNotContain("dLoss", "傾き");
    }

    @Test
    void aLimitedRevealComparesTypedValuesWithTheStartOnly() {
        assertThat(fixture(Language.EN, "downhill", "by-loss", "0v=-2>>>>"))
                .contains("Your own values give a loss of 0 (it was 1).").doesNotContain("update");
    }

    @Test
    void aStepThatOvershootsIsNamedEvenWhenEveryDirectionWasRight() {
        // From P₁ = -3 the slope is -2: at η = 1.6 the update lands at P₁ = 0.2, where the loss is 4.84.
        var english = revealed(Language.EN, "derivative", "from-minus-three", "+>>>>>>>]]]]");
        assertThat(english).contains("at the learning rate 1.6 the update took the loss from 1 to 4.84")
                .contains("Every direction was right, but the step was too long.")
                .doesNotContain("Every part of your guess was right.");
        var japanese = revealed(Language.JA, "derivative", "from-minus-three", "+>>>>>>>]]]]");
        assertThat(japanese).contains("学習率 1.6 で更新すると、損失は 1 から 4.84 になり")
                .contains("向きはすべて正しいのですが、一歩が長すぎました。");
    }

    @Test
    void aStepThatLowersTheLossIsNoOvershoot() {
        // At η = 0.8 the update goes past the lowest point, to P₁ = -1.4, but the loss still falls: 1 to 0.36.
        assertThat(revealed(Language.EN, "derivative", "from-minus-three", "+>>>>>>>]]]"))
                .contains("before 1   after 0.36").contains("Every part of your guess was right.")
                .doesNotContain("overshot");
        assertThat(fixture(Language.EN, "slope", "which-way", "0v->>>>>>>")).doesNotContain("overshot");
    }
}
