package dev.nudge.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The chain-rule walk: outermost operation first, one rule per line with its reason, the definitions put in only where
 * a derivative needs their inside, every other variable held still; each line equal to the derivative it arrives at,
 * and the result agreeing with the engine's own differentiation and with nudging.
 */
class ChainRuleTest {
    private static final Definitions NETWORK = Definitions.none()
            .define("f(x, P) = v_1 \\times relu(w_1 x + b_1) + v_2 \\times relu(w_2 x + b_2) + c");
    /** Lesson 13's start: no weighted sum is exactly 0 at a data point. */
    private static final Map<String, Rational> START = Map.of("w_1", Rational.ONE, "b_1", Rational.parse("0.5"),
            "w_2", Rational.of(-1), "b_2", Rational.parse("0.25"), "v_1", Rational.ONE, "v_2", Rational.parse("0.5"),
            "c", Rational.parse("0.5"));

    private static String line(Expr expr) {
        return Renderer.oneLine(expr, GlyphSet.UNICODE_NARROW);
    }

    private static Derivation walk(Definitions definitions, String source, String variable,
            Map<String, Rational> values) {
        return Derivation.ofChainRule(definitions.parse(source), variable, definitions, values);
    }

    @Test
    void derivesTheLossOfANeuronOutsideFirstOneRuleALine() {
        var walk = walk(Definitions.none(), "(relu(2w + 1/2) - 1)^2", "w", Map.of());
        assertThat(walk.steps()).extracting(RewriteStep::reason).containsExactly(Reason.GIVEN, Reason.CHAIN_RULE,
                Reason.SUM_RULE, Reason.CONSTANT_RULE, Reason.RELU_RULE, Reason.SUM_RULE, Reason.CONSTANT_RULE,
                Reason.CONSTANT_FACTOR_RULE, Reason.VARIABLE_RULE, Reason.TIMES_ONE);
        assertThat(walk.steps()).extracting(step -> line(step.expression())).containsExactly(
                "d/dw(relu(2w + 1/2) - 1)^2",
                "2(relu(2w + 1/2) - 1) ⋅ d/dw(relu(2w + 1/2) - 1)",
                "2(relu(2w + 1/2) - 1) ⋅ (d/dw relu(2w + 1/2) - d/dw 1)",
                "2(relu(2w + 1/2) - 1) ⋅ d/dw relu(2w + 1/2)",
                "2(relu(2w + 1/2) - 1) ⋅ heaviside(2w + 1/2) ⋅ d/dw(2w + 1/2)",
                "2(relu(2w + 1/2) - 1) ⋅ heaviside(2w + 1/2) ⋅ (d/dw 2w + d/dw(1/2))",
                "2(relu(2w + 1/2) - 1) ⋅ heaviside(2w + 1/2) ⋅ d/dw 2w",
                "2(relu(2w + 1/2) - 1) ⋅ heaviside(2w + 1/2) ⋅ 2dw/dw",
                "2(relu(2w + 1/2) - 1) ⋅ heaviside(2w + 1/2) ⋅ 2 ⋅ 1",
                "2(relu(2w + 1/2) - 1) ⋅ heaviside(2w + 1/2) ⋅ 2");
        assertThat(walk.steps().get(1).details()).as("the whole line is the instance: not repeated").isEmpty();
        assertThat(walk.steps().get(3).details()).extracting(ChainRuleTest::line).containsExactly("d/dw 1 = 0");
    }

    @Test
    void holdsTheOtherVariablesStillAndSaysSo() {
        var walk = walk(Definitions.none(), "(relu(w x + b) - y)^2", "w", Map.of());
        assertThat(walk.steps()).extracting(RewriteStep::reason).contains(Reason.HELD_STILL)
                .doesNotContain(Reason.CONSTANT_RULE);
        assertThat(walk.steps().get(3).details()).extracting(ChainRuleTest::line).containsExactly("dy/dw = 0");
        assertThat(line(walk.result())).isEqualTo("2(relu(w x + b) - y) ⋅ heaviside(w x + b) ⋅ x");
    }

    @Test
    void theNetworksLossAtOnePointReadsAsBackpropagation() {
        var walk = walk(NETWORK, "(f(1, P) - 1)^2", "w_1", Map.of());
        assertThat(line(walk.result())).isEqualTo("2(f(1, P) - 1) ⋅ v_1 ⋅ heaviside(w_1 + b_1)");
        assertThat(walk.steps()).extracting(RewriteStep::reason).startsWith(Reason.GIVEN, Reason.CHAIN_RULE,
                Reason.SUM_RULE, Reason.CONSTANT_RULE, Reason.SUBSTITUTE_DEFINITION, Reason.SUM_RULE,
                Reason.HELD_STILL, Reason.CONSTANT_FACTOR_RULE, Reason.RELU_RULE);
        assertThat(line(walk(NETWORK, "(f(1, P) - 1)^2", "v_2", Map.of()).result()))
                .isEqualTo("2(f(1, P) - 1) ⋅ relu(w_2 + b_2)");
        assertThat(line(walk(NETWORK, "(f(1, P) - 1)^2", "c", Map.of()).result())).isEqualTo("2(f(1, P) - 1)");
    }

    @Test
    void endsAtTheValueWithTheValuesAndTheCallsPutIn() {
        var walk = walk(NETWORK, "(f(1, P) - 1)^2", "w_1", START);
        var steps = walk.steps();
        var substituted = steps.get(steps.size() - 2);
        assertThat(substituted.reason()).isEqualTo(Reason.SUBSTITUTE_VALUES);
        assertThat(line(substituted.expression())).isEqualTo("2(2 - 1) ⋅ 1 ⋅ heaviside(1 + 0.5)");
        assertThat(substituted.details()).extracting(ChainRuleTest::line).contains("f(1, P) = 2", "w_1 = 1");
        assertThat(steps.get(steps.size() - 1).reason()).isEqualTo(Reason.ARITHMETIC);
        assertThat(walk.result()).isEqualTo(new Num(Rational.of(2)));
    }

    @Test
    void everyLineEqualsTheDerivativeAndTheResultAgreesWithDifferentiationAndNudging() {
        for (String parameter : List.of("w_1", "b_1", "w_2", "b_2", "v_1", "v_2", "c")) {
            for (String point : List.of("(f(-2, P) - 2)^2", "(f(1, P) - 1)^2", "(f(2, P) - 2)^2")) {
                var loss = NETWORK.parse(point);
                var exact = Algebra.evaluate(Algebra.derivative(loss, parameter, NETWORK), NETWORK, START);
                for (RewriteStep step : walk(NETWORK, point, parameter, START).steps()) {
                    assertThat(Algebra.evaluate(step.expression(), NETWORK, START))
                            .as("%s by %s: %s", point, parameter, line(step.expression())).isEqualTo(exact);
                }
                var nudge = Nudge.of(loss, NETWORK, START, parameter, Rational.parse("0.000001"));
                assertThat(nudge.ratio().subtract(exact).abs().compareTo(Rational.parse("0.0001")))
                        .as("the nudge ratio closes in on the derivative").isNegative();
            }
        }
    }

    @Test
    void aLessonsLossIsPutInWhereItIsDerived() {
        var definitions = Definitions.none().define("Loss = (relu(w_1 \\times 2 + b_1) - 3)^2");
        var walk = Derivation.ofChainRule(new Var("Loss"), "w_1", definitions, Map.of());
        assertThat(walk.steps().get(1).reason()).isEqualTo(Reason.SUBSTITUTE_DEFINITION);
        assertThat(line(walk.result())).isEqualTo("2(relu(w_1 ⋅ 2 + b_1) - 3) ⋅ heaviside(w_1 ⋅ 2 + b_1) ⋅ 2");
    }

    @Test
    void namedStagesArePutInOneAtATimeAndKeepTheirNamesInTheResult() {
        var stages = Definitions.none().define("z_1 = w_1 \\times 2 + b_1").define("a_1 = relu(z_1)")
                .define("Loss = (a_1 - 3)^2");
        var walk = Derivation.ofChainRule(new Var("Loss"), "w_1", stages,
                Map.of("w_1", Rational.ONE, "b_1", Rational.parse("0.5")));
        assertThat(walk.steps()).extracting(RewriteStep::reason).filteredOn(Reason.SUBSTITUTE_DEFINITION::equals)
                .hasSize(3);
        var derivative = walk.steps().get(walk.steps().size() - 3).expression();
        assertThat(line(derivative)).isEqualTo("2(a_1 - 3) ⋅ heaviside(z_1) ⋅ 2");
        assertThat(walk.steps().get(walk.steps().size() - 2).details()).extracting(ChainRuleTest::line)
                .containsExactly("a_1 = 2.5", "z_1 = 2.5");
        assertThat(walk.result()).isEqualTo(new Num(Rational.of(-2)));
    }

    @Test
    void theChainRuleQuotesItsFormulaInTheScreensNotation() {
        assertThat(Reason.CHAIN_RULE.formulas(GlyphSet.ASCII)).containsExactly("d/dw L(g(w)) = L'(g(w)) * g'(w)");
        assertThat(Reason.CHAIN_RULE.formulas(GlyphSet.UNICODE_NARROW))
                .containsExactly("d/dw L(g(w)) = L'(g(w)) ⋅ g'(w)");
    }

    @Test
    void refusesAStepAndAWalkTooLongToFollow() {
        assertThatThrownBy(() -> walk(Definitions.none(), "heaviside(w)", "w", Map.of()))
                .isInstanceOfSatisfying(MathException.class,
                        e -> assertThat(e.reason()).isEqualTo(MathProblem.DIFFERENTIATE_HEAVISIDE));
        var many = String.join(" + ", java.util.Collections.nCopies(30, "relu(w)"));
        assertThatThrownBy(() -> walk(Definitions.none(), many, "w", Map.of()))
                .isInstanceOfSatisfying(MathException.class,
                        e -> assertThat(e.reason()).isEqualTo(MathProblem.DERIVATION_TOO_LONG));
    }

    @Test
    void theRulesDeriveAPolynomialOfSeveralVariablesHoldingTheOthersStill() {
        var definitions = Definitions.none().define("f(x, P) = P_0 \\times x + P_1")
                .define("MSE = \\frac{(f(0, P) - (-2))^2 + (f(1, P) - 1)^2 + (f(2, P) - 4)^2}{3}");
        var walk = Derivation.ofRules(new Var("MSE"), "P_0", definitions);
        assertThat(walk.steps()).extracting(RewriteStep::reason).contains(Reason.HELD_STILL);
        assertThat(Algebra.equivalent(walk.result(), Algebra.derivative(new Var("MSE"), "P_0", definitions),
                definitions)).isTrue();
    }
}
