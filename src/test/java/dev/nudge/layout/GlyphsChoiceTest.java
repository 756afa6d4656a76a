package dev.nudge.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.math.Parser;
import org.junit.jupiter.api.Test;

/** Which characters each language draws with, and how its formulas write subscripts, measured, forced or not known. */
class GlyphsChoiceTest {
    private static String model(Glyphs glyphs) {
        return new MathText(glyphs).expr(Parser.parse("f(x, P) = P_0 \\times x + P_1^2"));
    }

    @Test
    void japaneseUsesSubscriptDigitsOnlyWhenTheTerminalDrawsThemOneColumnWide() {
        assertThat(model(Glyphs.choose(false, Language.JA, Subscripts.DIGITS))).isEqualTo("f(x, P) = P₀ ⋅ x + P₁²");
        assertThat(model(Glyphs.choose(false, Language.JA, Subscripts.INLINE))).isEqualTo("f(x, P) = P_0 ⋅ x + P_1^2");
        assertThat(model(Glyphs.choose(false, Language.JA, Subscripts.UNMEASURED)))
                .isEqualTo("f(x, P) = P_0 ⋅ x + P_1^2");
    }

    @Test
    void englishWritesSubscriptsInLineOnATerminalThatDrawsThemWide() {
        assertThat(model(Glyphs.choose(false, Language.EN, Subscripts.DIGITS))).isEqualTo("f(x, P) = P₀ × x + P₁²");
        assertThat(model(Glyphs.choose(false, Language.EN, Subscripts.INLINE))).isEqualTo("f(x, P) = P_0 × x + P_1^2");
        assertThat(model(Glyphs.choose(false, Language.EN, Subscripts.UNMEASURED))).isEqualTo("f(x, P) = P₀ × x + P₁²");
    }

    @Test
    void subscriptsChangeNothingButTheFormulas() {
        assertThat(Glyphs.choose(false, Language.JA, Subscripts.DIGITS).bullet).isEqualTo(Glyphs.NARROW.bullet);
        assertThat(Glyphs.choose(false, Language.EN, Subscripts.INLINE).rule).isEqualTo(Glyphs.UNICODE.rule);
        for (var subscripts : Subscripts.values()) {
            assertThat(Glyphs.choose(true, Language.JA, subscripts)).isEqualTo(Glyphs.ASCII);
        }
    }
}
