package dev.nudge.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.nudge.i18n.Language;
import dev.nudge.math.Derivation;
import dev.nudge.math.Definitions;
import dev.nudge.math.GlyphSet;
import dev.nudge.math.Parser;
import dev.nudge.math.Renderer;
import dev.nudge.math.RewriteStep;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A formula in a reason wraps only between its terms, whatever the width, and reads the same once drawn. */
class TermBreaksTest {
    private static final String SQUARE = "(P₁ + 2)² = P₁² + 2 × P₁ × 2 + 2²";

    private static List<String> wrapped(String before, String formula, int width) {
        var segments = List.of(new Segment(before, Tone.MUTED),
                new Segment(TermBreaks.betweenTermsOnly(formula), Tone.MATH));
        return StyledWrap.wrap(segments, width).stream().map(Line::text).toList();
    }

    @Test
    void aBracketAndAProductStayOnOneLine() {
        assertThat(Wrap.wrap("square of a sum: " + SQUARE, 24)).as("a wrap that knows no terms, for contrast")
                .startsWith("square of a sum: (P₁ +");
        assertThat(wrapped("square of a sum: ", SQUARE, 24)).containsExactly("square of a sum:", "(P₁ + 2)² = P₁² +",
                "2 × P₁ × 2 + 2²");
    }

    @Test
    void onlyTheSignsBetweenTermsAtTheTopLevelBreak() {
        assertThat(TermBreaks.betweenTermsOnly("4(P₁ + h) = 4P₁ + 4h")).isEqualTo(
                "4(P₁\u00a0+\u00a0h) = 4P₁ + 4h");
        assertThat(TermBreaks.betweenTermsOnly("2 × P₁ × 2")).isEqualTo("2\u00a0×\u00a0P₁\u00a0×\u00a02");
        assertThat(TermBreaks.betweenTermsOnly("d/dP₁ P₁² + d/dP₁ 4")).isEqualTo("d/dP₁\u00a0P₁² + d/dP₁\u00a04");
    }

    @Test
    void atAnyWidthEveryLineStartsAndEndsAtATermAndTheTextIsUnchanged() {
        var expansion = Derivation.ofExpansion(Parser.parse("(P_1 + 2)^2"), Definitions.none(), Map.of());
        var details = expansion.steps().stream().map(RewriteStep::details).filter(d -> !d.isEmpty())
                .map(d -> Renderer.oneLine(d.get(0), GlyphSet.UNICODE)).findFirst().orElseThrow();
        qt().withFixedSeed(20_261_201L).forAll(integers().between(14, 60)).checkAssert(width -> {
            var lines = wrapped("reason: ", details, width);
            assertThat(String.join(" ", lines)).isEqualTo("reason: " + details);
            for (var line : lines) {
                assertThat(line).doesNotContain("\u00a0").doesNotEndWith("(").doesNotEndWith(" ×")
                        .doesNotStartWith(")").doesNotStartWith("²");
                assertThat(line.chars().filter(c -> c == '(').count()).as(line)
                        .isEqualTo(line.chars().filter(c -> c == ')').count());
            }
        });
    }

    @Test
    void theGuessRevealsReasonsUseTheScreensNotation() {
        var prose = new ProseLayout(null, Glyphs.UNICODE, 40, false);
        var expansion = Derivation.ofExpansion(Parser.parse("(P_1 + 2)^2"), Definitions.none(), Map.of());
        var lines = new java.util.ArrayList<Line>();
        new dev.nudge.step.DerivationLines(new Writing(Language.EN, Glyphs.UNICODE), prose).add(lines, expansion);
        var text = String.join("\n", lines.stream().map(Line::text).toList());
        assertThat(text).contains("(a + b)² = a² + 2ab + b²").doesNotContain("^2");
    }
}
