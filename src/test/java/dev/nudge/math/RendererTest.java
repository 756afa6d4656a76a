package dev.nudge.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RendererTest {
    /** East-Asian-ambiguous characters the renderer might be tempted to use. */
    private static final Set<Character> AMBIGUOUS = Set.of('─', '²', '³', '¹', '⁴', '₁', '₂', '₃', '₄', '×', '∂', '≈',
            '·', '±', '│', '−');

    private static final Expr LOSS = Parser.parse("Loss = ((P_0 \\times 0 + P_1) - (-2))^2 = P_1^2 + 4P_1 + 4");

    @Test
    void drawsTheExpandedLossInEveryNotation() {
        Expr expanded = Parser.parse("P_1^2 + 4P_1 + 4");
        assertThat(Renderer.oneLine(expanded, GlyphSet.UNICODE)).isEqualTo("P₁² + 4P₁ + 4");
        assertThat(Renderer.oneLine(expanded, GlyphSet.ASCII)).isEqualTo("P_1^2 + 4*P_1 + 4");
        assertThat(Renderer.twoDimensional(expanded, GlyphSet.UNICODE).lines()).containsExactly(
                "  2          ",
                "P₁  + 4P₁ + 4");
        assertThat(Renderer.twoDimensional(expanded, GlyphSet.UNICODE_SPELLED_SCRIPTS).lines())
                .as("on a terminal that draws script digits wide").containsExactly(
                "   2           ",
                "P_1  + 4P_1 + 4");
    }

    @Test
    void aNarrowSetWritesSubscriptsInLineUnlessTheTerminalDrawsScriptDigitsOneColumnWide() {
        Expr model = Parser.parse("f(x, P) = P_0 \\times x + P_1");
        assertThat(Renderer.twoDimensional(model, GlyphSet.UNICODE_NARROW).lines())
                .containsExactly("f(x, P) = P_0 ⋅ x + P_1");
        assertThat(Renderer.twoDimensional(model, GlyphSet.UNICODE_NARROW_SCRIPT_DIGITS).lines())
                .containsExactly("f(x, P) = P₀ ⋅ x + P₁");
        Expr expanded = Parser.parse("P_1^2 + 4P_1 + 4");
        assertThat(Renderer.oneLine(expanded, GlyphSet.UNICODE_NARROW)).isEqualTo("P_1^2 + 4P_1 + 4");
        assertThat(Renderer.oneLine(expanded, GlyphSet.UNICODE_NARROW_SCRIPT_DIGITS)).isEqualTo("P₁² + 4P₁ + 4");
    }

    @Test
    void noSetPutsASubscriptOnARowOfItsOwn() {
        Expr names = Parser.parse("P_0 \\times x + P_{12} + \\frac{dLoss}{dP_1}");
        for (GlyphSet glyphs : GlyphSet.values()) {
            Block block = Renderer.twoDimensional(names, glyphs);
            assertThat(block.lines()).as("%s", glyphs).hasSize(3);
            assertThat(block.lines().get(2)).as("%s: only the fraction's denominator below", glyphs)
                    .contains("dP").doesNotContain("0").doesNotContain("12");
            assertThat(Renderer.twoDimensional(Parser.parse("P_0 + P_{12}"), glyphs).height()).as("%s", glyphs)
                    .isEqualTo(1);
        }
    }

    @Test
    void eachUnicodeSetHasATwinWithOrWithoutScriptDigits() {
        assertThat(GlyphSet.UNICODE.withScriptDigits(false)).isEqualTo(GlyphSet.UNICODE_SPELLED_SCRIPTS);
        assertThat(GlyphSet.UNICODE.withScriptDigits(true)).isEqualTo(GlyphSet.UNICODE);
        assertThat(GlyphSet.UNICODE_SPELLED_SCRIPTS.withScriptDigits(true)).isEqualTo(GlyphSet.UNICODE);
        assertThat(GlyphSet.UNICODE_NARROW.withScriptDigits(true)).isEqualTo(GlyphSet.UNICODE_NARROW_SCRIPT_DIGITS);
        assertThat(GlyphSet.UNICODE_NARROW_SCRIPT_DIGITS.withScriptDigits(false)).isEqualTo(GlyphSet.UNICODE_NARROW);
        assertThat(GlyphSet.ASCII.withScriptDigits(true)).isEqualTo(GlyphSet.ASCII);
    }

    @Test
    void stacksFractionsOverABarOnTheBaseline() {
        Block block = Renderer.twoDimensional(Parser.parse("\\frac{dLoss}{dP_1} = 2P_1 + 4"), GlyphSet.UNICODE);
        assertThat(block.lines()).containsExactly(
                "dLoss          ",
                "───── = 2P₁ + 4",
                " dP₁           ");
        assertThat(block.baseline()).isEqualTo(1);
    }

    @Test
    void theNarrowSetUsesNoAmbiguousWidthCharacters() {
        var narrow = GlyphSet.UNICODE_NARROW;
        String drawn = Renderer.twoDimensional(LOSS, narrow) + Renderer.oneLine(LOSS, narrow)
                + Renderer.twoDimensional(Parser.parse("\\frac{\\partial MSE}{\\partial P_1} \\times 3"), narrow)
                + Rational.of(11, 3).display(narrow);
        assertThat(drawn.chars().mapToObj(c -> (char) c)).doesNotContainAnyElementsOf(AMBIGUOUS);
    }

    private static Gen<String> equations() {
        return Polynomials.expressions().zip(Polynomials.expressions(), (left, right) -> left + " = " + right);
    }

    @Test
    void everyLineHasTheSameWidthAndTheBaselineHoldsTheEqualsSign() {
        int examples = 100;
        AtomicInteger ran = new AtomicInteger();
        // QuickTheories skips a draw that repeats an earlier one, so it draws twice as often as the property must run.
        qt().withFixedSeed(Polynomials.SEED).withExamples(2 * examples).forAll(equations()).checkAssert(source -> {
            ran.incrementAndGet();
            Expr equation = Parser.parse(source);
            for (GlyphSet glyphs : GlyphSet.values()) {
                Block block = Renderer.twoDimensional(equation, glyphs);
                assertThat(block.lines()).allSatisfy(line -> assertThat(line).hasSize(block.width()));
                assertThat(block.baselineText()).contains(" = ");
                assertThat(block.lines()).allSatisfy(line -> assertThat(line.chars())
                        .allSatisfy(c -> assertThat(Character.isSurrogate((char) (int) c)).isFalse()));
                assertThat(Renderer.oneLine(equation, glyphs)).doesNotContain("\n");
            }
        });
        assertThat(ran).as("examples run").hasValueGreaterThanOrEqualTo(examples);
    }
}
