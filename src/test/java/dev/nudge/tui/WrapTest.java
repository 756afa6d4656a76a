package dev.nudge.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.googlecode.lanterna.TerminalTextUtils;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class WrapTest {

    @Test
    void englishBreaksAtSpaces() {
        assertThat(Wrap.wrap("one two three four", 9)).containsExactly("one two", "three", "four");
    }

    @Test
    void japaneseBreaksBetweenCharactersByDisplayWidth() {
        assertThat(Wrap.wrap("微分を使って向きを決める", 10)).containsExactly("微分を使っ", "て向きを決", "める");
    }

    @Test
    void closingPunctuationNeverStartsALine() {
        assertThat(Wrap.wrap("以上が必要です。", 14)).containsExactly("以上が必要で", "す。");
    }

    @Test
    void openingBracketsNeverEndALine() {
        assertThat(Wrap.wrap("これは「損失」です", 8)).containsExactly("これは", "「損失」", "です");
    }

    @Test
    void mixedTextKeepsLatinWordsWhole() {
        assertThat(Wrap.wrap("大きさは 59x15 です", 12)).containsExactly("大きさは", "59x15 です");
    }

    @Test
    void aWordLongerThanTheLineIsCut() {
        assertThat(Wrap.wrap("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
    }

    @Test
    void emptyTextIsOneEmptyLine() {
        assertThat(Wrap.wrap("", 10)).containsExactly("");
    }

    @Test
    void aWidthBelowOneIsRefused() {
        assertThatThrownBy(() -> Wrap.wrap("x", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void linesNeverExceedTheWidthAndNoCharacterIsLost(
            @ForAll @StringLength(max = 60) @CharRange(from = 'a', to = 'e') @CharRange(from = ' ', to = ' ')
                    @CharRange(from = 'あ', to = 'お') @CharRange(from = '。', to = '。') String text,
            @ForAll @IntRange(min = 2, max = 30) int width) {
        var lines = Wrap.wrap(text, width);
        assertThat(lines).allSatisfy(line -> assertThat(TerminalTextUtils.getColumnWidth(line)).isLessThanOrEqualTo(width));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }
}
