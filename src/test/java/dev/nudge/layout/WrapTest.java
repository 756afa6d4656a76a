package dev.nudge.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.googlecode.lanterna.TerminalTextUtils;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class WrapTest {
    private static final long SEED = 20_261_201L;

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

    @Test
    void linesNeverExceedTheWidthAndNoCharacterIsLost() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(texts(), integers().between(2, 30)).checkAssert((text, width) -> {
            var lines = Wrap.wrap(text, width);
            assertThat(lines).allSatisfy(line -> assertThat(TerminalTextUtils.getColumnWidth(line)).isLessThanOrEqualTo(width));
            assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
        });
    }

    /** Up to 60 characters from a to e, space, あ to お and 。. */
    private static Gen<String> texts() {
        Gen<Character> characters = Generate.oneOf(chars('a', 'e'), chars(' ', ' '), chars('あ', 'お'), chars('。', '。'));
        return lists().of(characters).ofSizeBetween(0, 60)
                .map(list -> list.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    private static Gen<Character> chars(char from, char to) {
        return Generate.range(from, to).map(c -> (char) c.intValue());
    }
}
