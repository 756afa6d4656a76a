package dev.nudge.tui.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.nudge.layout.Width;
import dev.nudge.tui.view.Theme;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link Width} and {@link Cell} are quicker ways to what Lanterna computes; these check they give exactly what
 * Lanterna gives, for English, Japanese and anything else up to U+FFFF.
 */
class WidthTest {
    private static final long SEED = 20_261_201L;
    private static final int EXAMPLES = 1000;

    @Test
    void everyCharacterIsAsWideAsLanternaSays() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertThat(Width.isWide((char) c)).as("U+%04X", c).isEqualTo(TerminalTextUtils.isCharCJK((char) c));
        }
    }

    @Test
    void measuresAsLanternaDoes() {
        var text = strings(List.of('\t', 'a', 'あ', '漢', 'ー', '（', 'Ａ', 'ｱ', '가'));
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(text).checkAssert(t ->
                assertThat(Width.columns(t)).isEqualTo(TerminalTextUtils.getColumnWidth(t)));
    }

    @Test
    void fitsAsLanternaDoes() {
        var text = strings(List.of('a', 'あ', '漢', 'ｱ'));
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(text, integers().between(-1, 50))
                .checkAssert((t, columns) ->
                        assertThat(Width.fit(t, columns)).isEqualTo(TerminalTextUtils.fitString(t, columns)));
    }

    @Test
    void aCellIsAsWideAsLanternasOwn() {
        var character = Generate.oneOf(chars(' ', '~'), chars('\u00a0', '\ud7ff'));
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(character).checkAssert(c -> {
            var look = Look.plain();
            var lanternas = TextCharacter.fromCharacter(c, look.foreground(), look.background())[0];
            var cell = new Cell(c, look);
            assertThat(cell.isDoubleWidth()).isEqualTo(lanternas.isDoubleWidth());
            assertThat(Width.isWide(c)).isEqualTo(lanternas.isDoubleWidth());
            assertThat(cell).isEqualTo(lanternas);
            assertThat(cell.hashCode()).isEqualTo(lanternas.hashCode());
        });
    }

    /**
     * Up to 40 characters, each anything from a space to U+FFFF or one of {@code extra}; half of them are drawn from
     * {@code extra}, so the characters that matter turn up often.
     */
    private static Gen<String> strings(List<Character> extra) {
        Gen<Character> character = Generate.oneOf(chars(' ', '\uffff'), Generate.pick(extra));
        return lists().of(character).ofSizeBetween(0, 40)
                .map(list -> list.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    private static Gen<Character> chars(char from, char to) {
        return Generate.range(from, to).map(c -> (char) c.intValue());
    }

    @Test
    void aBlankCellIsWhatAClearedScreenHolds() {
        assertThat(Cells.blank()).isEqualTo(TerminalScreen.DEFAULT_CHARACTER);
        assertThat(Cells.blank().isDoubleWidth()).isFalse();
    }

    @Test
    void cellsDifferInCharacterColourAndAttributes() {
        var theme = Theme.choose(true);
        assertThat(new Cell('a', theme.text())).isNotEqualTo(new Cell('b', theme.text()));
        assertThat(new Cell('a', theme.text())).isNotEqualTo(new Cell('a', theme.title()));
        assertThat(new Cell('a', theme.text())).isEqualTo(new Cell('a', theme.text()));
    }
}
