package dev.nudge.step.guess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.keys.KeyBinding;
import dev.nudge.layout.Glyphs;
import dev.nudge.layout.KeyHint;
import dev.nudge.layout.Line;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Writing;
import dev.nudge.tutor.FixtureCourse;
import dev.nudge.tutor.TestCourse;
import dev.nudge.tutor.TutorState;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The all-points lesson's expansion in groups (each square, their sum, the sum over the count), and {@code d},
 * which shows every step of each group and hides them again, offered only at an expansion that has groups.
 */
class GroupedRevealTest {
    /** Up for P_0, down for P_1, submitted, then on to the expansion. */
    private static final String TO_EXPANSION = "+v->>";

    private static TutorState allWay(Language language, String keys) {
        return FixtureCourse.after(TestCourse.at(language, "all-points", "all-way"), keys);
    }

    private static List<String> lines(Language language, TutorState state, boolean flat) {
        var math = state.book().math(language, state.place().lesson());
        var glyphs = Glyphs.choose(false, language);
        return state.session().lines(new Writing(language, glyphs), new ProseLayout(math, glyphs, 200, flat))
                .stream().map(Line::text).map(String::stripTrailing).toList();
    }

    private static String text(Language language, String keys) {
        return String.join("\n", lines(language, allWay(language, keys), false));
    }

    private static List<String> hints(TutorState state) {
        return state.session().keyHints(new Writing(Language.EN, Glyphs.choose(false, Language.EN))).stream()
                .map(KeyHint::key).toList();
    }

    private static List<String> help(TutorState state) {
        return state.session().keymap().bindings().stream().map(KeyBinding::label).collect(Collectors.toList());
    }

    @Test
    void theExpansionShowsALinePerSquareThenTheSumAndTheMean() {
        var english = text(Language.EN, TO_EXPANSION);
        assertThat(english).contains("First expand each square on its own:",
                "  (f(0, P) - (-2))² = P₁² + 4P₁ + 4",
                "  (f(1, P) - 1)² = P₀² + 2P₀P₁ + P₁² - 2P₀ - 2P₁ + 1",
                "  (f(2, P) - 4)² = 4P₀² + 4P₀P₁ + P₁² - 16P₀ - 8P₁ + 16",
                "Then add them up:",
                "  (P₁² + 4P₁ + 4) + (P₀² + 2P₀P₁ + P₁² - 2P₀ - 2P₁ + 1) + (4P₀² + 4P₀P₁ + P₁² - 16P₀ - 8P₁ + 16)",
                "= 5P₀² + 6P₀P₁ + 3P₁² - 18P₀ - 6P₁ + 21",
                "Then divide by 3:",
                "  (5P₀² + 6P₀P₁ + 3P₁² - 18P₀ - 6P₁ + 21)/3",
                "= (5/3)P₀² + 2P₀P₁ + P₁² - 6P₀ - 2P₁ + 7",
                "Press d to show every step.")
                .doesNotContain("substitute the definition", "square of a difference", "((P₀ × 0 + P₁) - (-2))²");
        var expansion = english.substring(english.indexOf("2. Expanded"), english.indexOf("Press Enter"));
        assertThat(expansion.lines().count()).isLessThan(15);
        assertThat(text(Language.JA, TO_EXPANSION)).contains("まず、二乗を一つずつ展開します。", "次に、それらを足し合わせます。",
                "最後に 3 で割ります。", "d を押すと、途中式をすべて表示します。");
    }

    @Test
    void dShowsEveryStepOfEachGroupWithItsReasonsAndHidesThemAgain() {
        var detail = text(Language.EN, TO_EXPANSION + "d");
        assertThat(detail).contains("First expand each square on its own:", "substitute the definition",
                "square of a sum: (a + b)² = a² + 2ab + b²", "square of a difference",
                "= 4P₀² + 4P₀P₁ + P₁² - 16P₀ - 8P₁ + 16 (multiply out and collect like terms)",
                "Then add them up:", "Then divide by 3:", "Press d to hide the steps again.")
                .doesNotContain("Press d to show every step.");
        assertThat(text(Language.EN, TO_EXPANSION + "dd")).isEqualTo(text(Language.EN, TO_EXPANSION));
        assertThat(text(Language.JA, TO_EXPANSION + "d")).contains("定義を代入", "d を押すと、途中式をたたみます。");
    }

    @Test
    void theKeptLayoutsFollowTheKey() {
        // One reveal, laid out at each press: the stage kept for the grouped form is not shown for the detail.
        var grouped = allWay(Language.EN, TO_EXPANSION);
        var first = lines(Language.EN, grouped, false);
        var detail = FixtureCourse.after(grouped, "d");
        assertThat(String.join("\n", lines(Language.EN, detail, false))).contains("square of a difference");
        assertThat(lines(Language.EN, FixtureCourse.after(detail, "d"), false)).isEqualTo(first);
    }

    @Test
    void theKeyIsInTheFooterAndTheHelpOnlyAtAGroupedExpansion() {
        var atExpansion = allWay(Language.EN, TO_EXPANSION);
        assertThat(hints(atExpansion)).contains("d");
        assertThat(help(atExpansion)).contains("help.everyStep");
        assertThat(help(allWay(Language.EN, TO_EXPANSION + "d"))).contains("help.hideSteps");
        assertThat(atExpansion.session().keyHints(new Writing(Language.EN, Glyphs.choose(false, Language.EN))))
                .contains(new KeyHint("d", "every step"));
        // Before the expansion, after it, and in a lesson whose loss has a single square: no d.
        for (var state : List.of(allWay(Language.EN, "+v->"), allWay(Language.EN, TO_EXPANSION + ">"),
                FixtureCourse.after(TestCourse.at(Language.EN, "derivative", "from-minus-three"), "+>>"))) {
            assertThat(hints(state)).doesNotContain("d");
            assertThat(help(state)).doesNotContain("help.everyStep", "help.hideSteps");
        }
    }

    @Test
    void aSingleSquareExpandsAsBefore() {
        var single = String.join("\n", lines(Language.EN,
                FixtureCourse.after(TestCourse.at(Language.EN, "derivative", "from-minus-three"), "+>>"), false));
        assertThat(single).contains("2. Expanded, step by step", "square of a sum")
                .doesNotContain("each square on its own", "Press d");
    }

    @Test
    void thePlainReadingSaysToTypeD() {
        var plain = String.join("\n", lines(Language.EN, allWay(Language.EN, TO_EXPANSION), true));
        assertThat(plain).contains("Type d to show every step.").doesNotContain("Press d");
        var japanese = String.join("\n", lines(Language.JA, allWay(Language.JA, TO_EXPANSION), true));
        assertThat(japanese).contains("d と入力すると、途中式をすべて表示します。");
    }
}
