package dev.nudge.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * {@link Width} and {@link Cell} are quicker ways to what Lanterna computes; these check they give exactly what
 * Lanterna gives, for English, Japanese and anything else up to U+FFFF.
 */
class WidthTest {

    @Test
    void everyCharacterIsAsWideAsLanternaSays() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertThat(Width.isWide((char) c)).as("U+%04X", c).isEqualTo(TerminalTextUtils.isCharCJK((char) c));
        }
    }

    @Property
    void measuresAsLanternaDoes(@ForAll @StringLength(max = 40) @CharRange(from = ' ', to = '\uffff')
            @Chars({'\t', 'a', 'あ', '漢', 'ー', '（', 'Ａ', 'ｱ', '가'}) String text) {
        assertThat(Width.columns(text)).isEqualTo(TerminalTextUtils.getColumnWidth(text));
    }

    @Property
    void fitsAsLanternaDoes(@ForAll @StringLength(max = 40) @CharRange(from = ' ', to = '\uffff')
            @Chars({'a', 'あ', '漢', 'ｱ'}) String text, @ForAll @IntRange(min = -1, max = 50) int columns) {
        assertThat(Width.fit(text, columns)).isEqualTo(TerminalTextUtils.fitString(text, columns));
    }

    @Property
    void aCellIsAsWideAsLanternasOwn(
            @ForAll @CharRange(from = ' ', to = '~') @CharRange(from = '\u00a0', to = '\ud7ff') char c) {
        var look = Theme.Look.plain();
        var lanternas = TextCharacter.fromCharacter(c, look.foreground(), look.background())[0];
        var cell = new Cell(c, look);
        assertThat(cell.isDoubleWidth()).isEqualTo(lanternas.isDoubleWidth());
        assertThat(Width.isWide(c)).isEqualTo(lanternas.isDoubleWidth());
        assertThat(cell).isEqualTo(lanternas);
        assertThat(cell.hashCode()).isEqualTo(lanternas.hashCode());
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
