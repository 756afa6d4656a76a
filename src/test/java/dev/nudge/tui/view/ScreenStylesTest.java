package dev.nudge.tui.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextColor;
import dev.nudge.i18n.Language;
import dev.nudge.layout.Tone;
import dev.nudge.tui.Snapshots;
import dev.nudge.tutor.FixtureCourse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The views drawn straight onto a screen buffer from states of the fixture course, compared cell by cell with their
 * colours and attributes: a colour that goes missing or lands on the wrong text fails here, where the text-only
 * snapshots would not notice. Keys are written as {@link FixtureCourse#keys} reads them.
 */
class ScreenStylesTest {
    private static final ViewOptions COLOR = new ViewOptions(false, true);
    private static final ViewOptions ASCII_MONOCHROME = new ViewOptions(true, false);
    private static final Theme COLORS = Theme.choose(true);
    private static final Theme MONOCHROME = Theme.choose(false);

    private static StyledScreen draw(Language language, String lesson, String step, String keys,
            ViewOptions options) {
        var state = lesson.isEmpty() ? FixtureCourse.start(language) : FixtureCourse.at(language, lesson, step);
        return StyledScreen.draw(state, keys, options, 80, 24);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "styled-start-en-color-80x24, EN, false, '', '', ''",
        "styled-help-en-color-80x24, EN, false, '', '', ?",
        "styled-prose-equation-en-color-80x24, EN, false, line, model, ''",
        "styled-guess-chosen-en-color-80x24, EN, false, slope, which-way, +",
        "styled-guess-revealed-en-color-80x24, EN, false, slope, which-way, +v->>>>>>>",
        "styled-quiz-choice-wrong-ja-color-80x24, JA, false, line, knobs, 1",
        "styled-quiz-number-mistake-en-color-80x24, EN, false, slope, loss-now, 3>",
        "styled-quiz-expression-right-en-color-80x24, EN, false, slope, slope, 2P_1+4>",
        "styled-guess-chosen-en-ascii-monochrome-80x24, EN, true, slope, which-way, +",
    })
    void screenLooksMatchTheirGoldenFiles(String golden, Language language, boolean monochrome, String lesson,
            String step, String keys) {
        var screen = draw(language, lesson, step, keys, monochrome ? ASCII_MONOCHROME : COLOR);
        Snapshots.assertGolden(golden, screen.golden());
    }

    @Test
    void theKeyBarFillsTheBottomRowInTheBarsColoursAndTheNoticeAboveItHasItsOwn() {
        var screen = draw(Language.EN, "", "", "z", COLOR);
        assertThat(screen.row(23)).startsWith(" Enter start");
        assertThat(screen.looksOfRow(23)).containsExactly(COLORS.bar());
        assertThat(screen.looksOf("\"z\" does nothing here.")).containsExactly(COLORS.notice());
    }

    @Test
    void aChosenDirectionIsDrawnSelectedAndTheOthersMuted() {
        var screen = draw(Language.EN, "slope", "which-way", "+", COLOR);
        assertThat(screen.looksOf("[raise]")).containsExactly(COLORS.look(Tone.SELECTED));
        assertThat(screen.looksOf("[lower]")).containsExactly(COLORS.look(Tone.MUTED));
        assertThat(screen.looksOf("> ")).containsExactly(COLORS.key());
    }

    @Test
    void aMissIsSaidInTheBadToneAndARightAnswerInTheGoodOne() {
        var miss = draw(Language.EN, "slope", "loss-now", "3>", COLOR);
        assertThat(miss.looksOf("✗ Miss 1 of 3.")).containsExactly(COLORS.look(Tone.BAD));
        assertThat(miss.looksOf("That is the difference")).containsExactly(COLORS.text());
        var right = draw(Language.EN, "slope", "slope", "2P_1+4>", COLOR);
        assertThat(right.looksOf("✓ Right!")).containsExactly(COLORS.look(Tone.GOOD));
    }

    @Test
    void aGuessVerdictMarksEachPartInTheGoodOrTheBadTone() {
        var screen = draw(Language.EN, "slope", "which-way", "+v->>>>>>>", COLOR);
        assertThat(screen.looksOf("✗")).containsExactly(COLORS.look(Tone.BAD));
        assertThat(screen.looksOf("✓")).containsExactly(COLORS.look(Tone.GOOD));
    }

    @Test
    void theHelpPanelIsFramedInThePanelsColoursUnderItsTitle() {
        var screen = draw(Language.EN, "", "", "?", COLOR);
        assertThat(screen.looksOf(" Keys ")).containsExactly(COLORS.panelTitle());
        assertThat(screen.looksOf("Open or close this help")).containsExactly(COLORS.panel());
        assertThat(screen.looksOf("┌───")).containsExactly(COLORS.panel());
    }

    @Test
    void theTitleAndHeadingsAreInTheirTones() {
        var start = draw(Language.EN, "", "", "", COLOR);
        assertThat(start.looksOf("Understanding Neural Networks")).containsExactly(COLORS.title());
        var prose = draw(Language.EN, "line", "model", "", COLOR);
        assertThat(prose.looksOf("The model")).containsExactly(COLORS.look(Tone.HEADING));
        assertThat(prose.looksOf("straight line")).containsExactly(COLORS.look(Tone.STRONG));
        assertThat(prose.looksOf("parameters")).containsExactly(COLORS.look(Tone.EMPHASIS));
        assertThat(prose.looksOf("MSE =")).containsExactly(COLORS.look(Tone.MATH));
    }

    /** Without colour every cell keeps the terminal's own colours; bold and reverse video still mark what matters. */
    @ParameterizedTest(name = "{0} {1} after ''{2}''")
    @CsvSource({
        "'', '', ''", "'', '', ?", "line, model, ''", "slope, which-way, +", "slope, which-way, +v->>>>>>>",
        "slope, loss-now, 3>", "line, knobs, 1", "downhill, lab, ''", "downhill, too-far, n", "slope, which-way, t",
    })
    void withoutColourNoCellHasAColour(String lesson, String step, String keys) {
        for (var language : Language.values()) {
            var screen = draw(language, lesson, step, keys, ASCII_MONOCHROME);
            assertThat(screen.looks()).as("%s", screen).allSatisfy(look -> {
                assertThat(look.foreground()).isEqualTo(TextColor.ANSI.DEFAULT);
                assertThat(look.background()).isEqualTo(TextColor.ANSI.DEFAULT);
            });
        }
    }

    @Test
    void withoutColourTheChosenDirectionAndTheKeyBarAreInReverseVideo() {
        var screen = draw(Language.EN, "slope", "which-way", "+", ASCII_MONOCHROME);
        assertThat(screen.looksOf("[raise]")).containsExactly(MONOCHROME.look(Tone.SELECTED));
        assertThat(screen.looksOfRow(23)).containsExactly(MONOCHROME.bar());
        assertThat(MONOCHROME.bar().attributes()).containsExactly(com.googlecode.lanterna.SGR.REVERSE);
    }
}
