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
