package dev.nudge.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NudgeRatioDerivationTest {
    private static final Definitions LESSON = Definitions.none().define("f(x, P) = P_0 \\times x + P_1")
            .define("Loss = (f(0, P) - (-2))^2");

    private static List<String> lines(Derivation derivation) {
        return derivation.steps().stream().map(step -> Renderer.oneLine(step.expression(), GlyphSet.UNICODE)).toList();
    }

    @Test
    void derivesTheLessonsLossFromItsNudgeRatioStepByStep() {
        Derivation derivation = Derivation.ofNudgeRatio("Loss", LESSON.parse("Loss"), "P_1", LESSON);
        assertThat(lines(derivation)).containsExactly(
                "(Loss(P₁ + h) - Loss(P₁))/h",
                "((P₁ + h)² + 4(P₁ + h) + 4 - (P₁² + 4P₁ + 4))/h",
                "(P₁² + 2P₁h + h² + 4P₁ + 4h + 4 - (P₁² + 4P₁ + 4))/h",
                "(P₁² + 2P₁h + h² + 4P₁ + 4h + 4 - P₁² - 4P₁ - 4)/h",
                "(2P₁h + h² + 4h)/h",
                "2P₁ + h + 4",
                "2P₁ + 4");
        assertThat(derivation.steps()).extracting(RewriteStep::reason).containsExactly(Reason.NUDGE_RATIO,
                Reason.AT_NUDGED_POINT, Reason.MULTIPLY_OUT, Reason.SUBTRACT_BRACKET, Reason.CANCEL,
                Reason.DIVIDE_BY_NUDGE, Reason.NUDGE_TO_ZERO);
    }

    @Test
    void namesEachInstanceItRewrites() {
        var steps = Derivation.ofNudgeRatio("Loss", LESSON.parse("Loss"), "P_1", LESSON).steps();
        assertThat(steps.get(1).details()).extracting(Renderer::latex).containsExactly("Loss(P_1) = P_1^2 + 4P_1 + 4");
        assertThat(steps.get(2).details()).extracting(d -> Renderer.oneLine(d, GlyphSet.UNICODE))
                .containsExactly("(P₁ + h)² = P₁² + 2P₁h + h²", "4(P₁ + h) = 4P₁ + 4h");
        assertThat(steps.get(4).details()).extracting(d -> Renderer.oneLine(d, GlyphSet.UNICODE))
                .containsExactly("P₁² - P₁² = 0", "4P₁ - 4P₁ = 0", "4 - 4 = 0");
    }

    @Test
    void arrivesWhereTheRulesArriveForOtherPolynomials() {
        for (String source : List.of("x^3 - 2x + 7", "-x^2", "5x", "\\frac{1}{2}x^4 + x^2", "(x - 1)^5")) {
            Expr expr = Parser.parse(source);
            Derivation derivation = Derivation.ofNudgeRatio("g", expr, "x", Definitions.none());
            assertThat(Algebra.equivalent(derivation.result(), Algebra.derivative(expr, "x", Definitions.none()),
                    Definitions.none())).as(source).isTrue();
            assertThat(derivation.result()).as(source).isEqualTo(Derivation.ofRules(expr, "x", Definitions.none())
                    .result());
        }
    }

    @Test
    void aConstantHasNothingToCancelAndArrivesAtZero() {
        Derivation derivation = Derivation.ofNudgeRatio("g", Parser.parse("5"), "x", Definitions.none());
        assertThat(Renderer.latex(derivation.result())).isEqualTo("0");
        assertThat(derivation.steps()).extracting(RewriteStep::reason).doesNotHaveDuplicates();
    }

    @Test
    void refusesWhatIsNotAPolynomialInTheOneVariable() {
        assertThatThrownBy(() -> Derivation.ofNudgeRatio("g", Parser.parse("1/x"), "x", Definitions.none()))
                .isInstanceOf(MathException.class).hasMessageContaining("polynomial");
        assertThatThrownBy(() -> Derivation.ofNudgeRatio("g", Parser.parse("x y"), "x", Definitions.none()))
                .isInstanceOf(MathException.class).hasMessageContaining("depends on y");
        assertThatThrownBy(() -> Derivation.ofNudgeRatio("g", Parser.parse("h^2"), "h", Definitions.none()))
                .isInstanceOf(MathException.class).hasMessageContaining("nudge");
    }

    @Test
    void staysWithinItsBoundsOfTermsAndWork() {
        assertThatThrownBy(() -> Derivation.ofNudgeRatio("g", Parser.parse("(x + 1)^100"), "x", Definitions.none()))
                .isInstanceOf(MathException.class).matches(e -> ((MathException) e).isLimit());
        assertThatThrownBy(() -> Work.limitedTo(1000).run(() -> Derivation.ofNudgeRatio("g",
                Parser.parse("x^40 + x^30"), "x", Definitions.none())))
                .isInstanceOf(MathException.class).hasMessageContaining("steps of work");
    }

    @Test
    void theRulesStartFromTheExpandedLoss() {
        Derivation rules = Derivation.ofRules(LESSON.parse("Loss"), "P_1", LESSON);
        assertThat(Renderer.latex(rules.steps().get(0).expression())).isEqualTo("\\frac{d}{dP_1}(P_1^2 + 4P_1 + 4)");
        assertThat(rules.steps()).extracting(RewriteStep::reason).contains(Reason.SUM_RULE, Reason.POWER_RULE,
                Reason.CONSTANT_RULE);
        assertThat(Renderer.latex(rules.result())).isEqualTo("2P_1 + 4");
    }

    @Test
    void writesTheFormulasOfAReasonInTheScreensNotation() {
        assertThat(Reason.POWER_RULE.formulas(GlyphSet.UNICODE)).containsExactly("xⁿ", "n xⁿ⁻¹");
        assertThat(Reason.POWER_RULE.formulas(GlyphSet.ASCII)).containsExactly("x^n", "n x^(n-1)");
        assertThat(Reason.SQUARE_OF_SUM.formulas(GlyphSet.UNICODE)).containsExactly("(a + b)² = a² + 2ab + b²");
        assertThat(Reason.CANCEL.formulas(GlyphSet.UNICODE)).isEmpty();
    }
}
