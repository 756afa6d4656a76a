package dev.nudge.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DerivationTest {
    private static final Definitions MODEL = Definitions.none().define("f(x, P) = P_0 \\times x + P_1");

    @Test
    void expandsTheLossAsTheArticleDoesWithAReasonPerStep() {
        Derivation derivation = Derivation.ofExpansion(MODEL.parse("(f(x,P) - y)^2"), MODEL,
                Map.of("x", Rational.ZERO, "y", Rational.of(-2)));
        assertThat(derivation.steps()).extracting(RewriteStep::reason).containsExactly(Reason.GIVEN,
                Reason.SUBSTITUTE_VALUES, Reason.SUBSTITUTE_DEFINITION, Reason.TIMES_ZERO, Reason.PLUS_ZERO,
                Reason.DOUBLE_NEGATIVE, Reason.SQUARE_OF_SUM, Reason.ARITHMETIC, Reason.COLLECT_LIKE_TERMS);
        assertThat(Renderer.latex(derivation.steps().get(2).expression())).isEqualTo("((P_0 \\times 0 + P_1) - (-2))^2");
        assertThat(derivation.steps().get(3).details()).extracting(Renderer::latex).containsExactly("P_0 \\times 0 = 0");
        assertThat(Renderer.latex(derivation.result())).isEqualTo("P_1^2 + 4P_1 + 4");
    }

    @Test
    void differentiatesWithThePowerAndConstantRules() {
        Derivation derivation = Derivation.ofDerivative(Parser.parse("P_1^2 + 4P_1 + 4"), "P_1", MODEL);
        assertThat(derivation.steps()).extracting(RewriteStep::reason).contains(Reason.SUM_RULE, Reason.POWER_RULE,
                Reason.CONSTANT_FACTOR_RULE, Reason.VARIABLE_RULE, Reason.CONSTANT_RULE);
        assertThat(Renderer.latex(derivation.result())).isEqualTo("2P_1 + 4");
    }

    @Test
    void usesTheProductQuotientAndChainRulesWhereThereIsNoPolynomial() {
        Expr quotient = Parser.parse("\\frac{x^2}{x + 1}");
        Expr derivative = Algebra.derivative(quotient, "x", Definitions.none());
        assertThat(Algebra.equivalent(derivative, Parser.parse("\\frac{x^2 + 2x}{(x + 1)^2}"), Definitions.none()))
                .as(Renderer.latex(derivative)).isTrue();
        List<Reason> reasons = Derivation.ofDerivative(quotient, "x", Definitions.none()).steps().stream()
                .map(RewriteStep::reason).toList();
        assertThat(reasons).contains(Reason.QUOTIENT_RULE, Reason.POWER_RULE);
        assertThat(Derivation.ofDerivative(Parser.parse("\\frac{1}{x}(x+1)^3"), "x", Definitions.none()).steps())
                .extracting(RewriteStep::reason).contains(Reason.PRODUCT_RULE, Reason.CHAIN_RULE);
    }

    @Test
    void gradesTypedAnswersByEquivalence() {
        assertThat(Algebra.equivalent(Parser.parse("4 + 2P_1"), Parser.parse("2*P1 + 4"), MODEL)).isTrue();
        assertThat(Algebra.equivalent(Parser.parse("2P_1 + 4"), Parser.parse("2P_1 + 5"), MODEL)).isFalse();
    }

    @Test
    void nudgesExactly() {
        Nudge nudge = Nudge.of(MODEL.parse("(f(0,P) - (-2))^2"), MODEL, Map.of("P_1", Rational.ONE), "P_1",
                Rational.parse("0.001"));
        assertThat(nudge.after().toString()).isEqualTo("9.006001");
        assertThat(nudge.change().toString()).isEqualTo("0.006001");
        assertThat(nudge.ratio().toString()).isEqualTo("6.001");
    }
}
