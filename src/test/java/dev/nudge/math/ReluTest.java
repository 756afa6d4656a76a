package dev.nudge.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ReLU as a built-in function: reading, printing, exact values, its derivative and what the engine refuses. */
class ReluTest {
    private static final Rational H = Rational.parse("0.001");

    private static Rational number(String source) {
        return Algebra.evaluate(Parser.parse(source), Definitions.none(), Map.of());
    }

    private static Rational value(String source, String name, String at) {
        return Algebra.evaluate(Parser.parse(source), Definitions.none(), Map.of(name, number(at)));
    }

    private static Rational slope(String source, String at) {
        Expr derivative = Algebra.derivative(Parser.parse(source), "x", Definitions.none());
        return Algebra.evaluate(derivative, Definitions.none(), Map.of("x", number(at)));
    }

    private static Rational nudgeRatio(String source, String at, Rational step) {
        return Nudge.of(Parser.parse(source), Definitions.none(), Map.of("x", number(at)), "x", step).ratio();
    }

    private static MathProblem problemOf(Runnable computation) {
        try {
            computation.run();
        } catch (MathException e) {
            return e.reason();
        }
        throw new AssertionError("expected a MathException");
    }

    @Test
    void readsReluAndMaxOfZeroAsTheSameBuiltIn() {
        Expr relu = Parser.parse("relu(2x - 1)");
        assertThat(relu).isEqualTo(new Apply(Builtin.RELU,
                new Sub(new Mul(new Num(Rational.of(2)), new Var("x"), false), new Num(Rational.ONE))));
        assertThat(Parser.parse("max(0, 2x - 1)")).isEqualTo(relu);
        assertThat(Parser.parse("\\max(0, 2x - 1)")).isEqualTo(relu);
        assertThat(Parser.parse("\\max\\left(0, 2x - 1\\right)")).isEqualTo(relu);
        assertThat(Parser.parse("3relu(x)")).isEqualTo(new Mul(new Num(Rational.of(3)),
                new Apply(Builtin.RELU, new Var("x")), false));
    }

    @Test
    void refusesOtherShapesOfMaxAndReluWithPlainWords() {
        assertThat(problemOf(() -> Parser.parse("max(1, x)"))).isEqualTo(MathProblem.MAX_FORM);
        assertThat(problemOf(() -> Parser.parse("max(x)"))).isEqualTo(MathProblem.MAX_FORM);
        assertThatThrownBy(() -> Parser.parse("\\max(x, 0)")).isInstanceOfSatisfying(MathException.class,
                e -> assertThat(e.column()).as("at the bracket").isEqualTo(5));
        assertThat(problemOf(() -> Parser.parse("relu(x, 1)"))).isEqualTo(MathProblem.BUILTIN_ARGUMENTS);
        assertThat(problemOf(() -> Parser.parse("relu(x"))).isEqualTo(MathProblem.UNCLOSED_AT_END);
        assertThat(Parser.parse("relu")).as("without brackets it is a name").isEqualTo(new Var("relu"));
    }

    @Test
    void printsBackToTheSameTreeInEveryNotation() {
        for (String source : List.of("relu(2x - 1)", "relu(w x + b)^2", "-relu(-x)", "3relu(x) - heaviside(x - 1/3)",
                "relu(relu(x) - 1)/2", "(relu(P_0 \\times x + P_1) - y)^2", "\\frac{d}{dx}relu(x^2 - 4)")) {
            Expr expr = Parser.parse(source);
            assertThat(Parser.parse(Renderer.latex(expr))).as("LaTeX of %s", source).isEqualTo(expr);
            for (GlyphSet glyphs : GlyphSet.values()) {
                String line = Renderer.oneLine(expr, glyphs);
                if (glyphs == GlyphSet.ASCII) {
                    assertThat(Algebra.equivalent(Parser.parse(line), expr, Definitions.none()))
                            .as("ASCII writes * for every product: %s", line).isTrue();
                } else {
                    assertThat(Parser.parse(line)).as("%s of %s: %s", glyphs, source, line).isEqualTo(expr);
                }
            }
        }
    }

    @Test
    void drawsTheCallInTwoDimensionsAndAscii() {
        Expr expr = Parser.parse("relu(\\frac{x}{2})^2");
        assertThat(Renderer.twoDimensional(expr, GlyphSet.UNICODE).lines()).containsExactly(
                "       2",
                "    ⎛x⎞ ",
                "relu⎜─⎟ ",
                "    ⎝2⎠ ");
        assertThat(Renderer.oneLine(Parser.parse("relu(2x - 1)^2"), GlyphSet.ASCII)).isEqualTo("relu(2*x - 1)^2");
        assertThat(Renderer.oneLine(Parser.parse("relu(2x - 1)^2"), GlyphSet.UNICODE)).isEqualTo("relu(2x - 1)²");
    }

    @Test
    void evaluatesExactly() {
        assertThat(value("relu(x)", "x", "-3/2")).isEqualTo(Rational.ZERO);
        assertThat(value("relu(x)", "x", "5/2")).isEqualTo(Rational.of(5, 2));
        assertThat(value("relu(x)", "x", "0")).isEqualTo(Rational.ZERO);
        assertThat(value("max(0, x) + relu(-x)", "x", "-7/3")).isEqualTo(Rational.of(7, 3));
        assertThat(value("heaviside(x)", "x", "1/1000")).isEqualTo(Rational.ONE);
        assertThat(value("heaviside(x)", "x", "0")).isEqualTo(Rational.ZERO);
        assertThat(value("heaviside(x)", "x", "-1/1000")).isEqualTo(Rational.ZERO);
        assertThat(Algebra.evaluate(Parser.parse("relu(-3/2) + relu(5/2)"), Definitions.none(), Map.of()))
                .isEqualTo(Rational.of(5, 2));
    }

    @Test
    void aLessonCannotRedefineABuiltIn() {
        assertThat(problemOf(() -> Definitions.none().define("relu(x) = x"))).isEqualTo(MathProblem.BUILTIN_REDEFINED);
        assertThat(problemOf(() -> Definitions.none().define("heaviside(z) = 1"))).isEqualTo(MathProblem.BUILTIN_REDEFINED);
        assertThat(problemOf(() -> Definitions.none().define("max(a, b) = a"))).isEqualTo(MathProblem.BUILTIN_REDEFINED);
        assertThat(problemOf(() -> Definitions.none().define("relu = 3"))).isEqualTo(MathProblem.BUILTIN_REDEFINED);
        assertThatThrownBy(() -> Definitions.none().define("relu(x) = x")).hasMessageContaining(
                "relu is a built-in function and cannot be redefined");
    }

    @Test
    void otherWordsStayFreeForLessonsToDefine() {
        Definitions defs = Definitions.none().define("step(r) = P_1 - r");
        assertThat(Algebra.evaluate(defs.parse("step(1)"), defs, Map.of("P_1", Rational.of(3)))).isEqualTo(Rational.of(2));
        Expr derivative = Algebra.derivative(Parser.parse("relu(2x - 1)"), "x", Definitions.none());
        assertThat(Renderer.oneLine(derivative, GlyphSet.ASCII)).isEqualTo("heaviside(2*x - 1) * 2");
    }

    @Test
    void aDefinitionMayUseABuiltIn() {
        Definitions defs = Definitions.none().define("n(x, P) = relu(P_0 \\times x + P_1)");
        Expr loss = defs.parse("(n(2, P) - 3)^2");
        Map<String, Rational> values = Map.of("P_0", Rational.of(2), "P_1", Rational.of(-1));
        assertThat(Algebra.evaluate(loss, defs, values)).isEqualTo(Rational.ZERO);
        Expr d = Algebra.derivative(loss, "P_0", defs);
        assertThat(Algebra.evaluate(d, defs, values)).isEqualTo(Rational.ZERO);
        Map<String, Rational> off = Map.of("P_0", Rational.of(1), "P_1", Rational.of(-1));
        assertThat(Algebra.evaluate(d, defs, off)).as("2(relu(1) - 3) × 1 × 2").isEqualTo(Rational.of(-8));
        Nudge nudge = Nudge.of(loss, defs, off, "P_0", H);
        assertThat(nudge.ratio()).isEqualTo(Rational.parse("-7.996"));
    }

    @Test
    void theSlopeIsTheInsideSlopeWhereOnAndZeroWhereOff() {
        assertThat(slope("relu(2x - 1)", "3")).isEqualTo(Rational.of(2));
        assertThat(slope("relu(2x - 1)", "-3")).isEqualTo(Rational.ZERO);
        assertThat(slope("relu(2x - 1)", "1/2")).as("at the kink the engine uses 0").isEqualTo(Rational.ZERO);
        assertThat(slope("relu(-x)", "-1")).isEqualTo(Rational.of(-1));
        assertThat(slope("relu(x^2 - 4)", "3")).isEqualTo(Rational.of(6));
        assertThat(slope("relu(x^2 - 4)", "1")).isEqualTo(Rational.ZERO);
        assertThat(slope("relu(5)", "1")).isEqualTo(Rational.ZERO);
    }

    @Test
    void theSlopeAgreesWithNudgingOnEachSideAndAtTheKinkWithTheLeftNudge() {
        assertThat(nudgeRatio("relu(2x - 1)", "3", H)).isEqualTo(slope("relu(2x - 1)", "3"));
        assertThat(nudgeRatio("relu(2x - 1)", "-3", H)).isEqualTo(slope("relu(2x - 1)", "-3"));
        assertThat(nudgeRatio("relu(2x - 1)", "1/2", H)).as("nudged up, the kink slopes 2").isEqualTo(Rational.of(2));
        assertThat(nudgeRatio("relu(2x - 1)", "1/2", H.negate())).as("nudged down, 0: the value the engine uses")
                .isEqualTo(slope("relu(2x - 1)", "1/2"));
        Rational squared = nudgeRatio("(relu(3x - 1) - 4)^2", "1", H);
        assertThat(slope("(relu(3x - 1) - 4)^2", "1")).isEqualTo(Rational.of(-12));
        assertThat(squared.subtract(Rational.of(-12)).abs().compareTo(Rational.parse("0.01"))).isNegative();
    }

    @Test
    void theDerivationNamesTheReluRuleAndItsConvention() {
        Derivation steps = Derivation.ofDerivative(Parser.parse("relu(2x - 1)"), "x", Definitions.none());
        assertThat(steps.steps()).extracting(RewriteStep::reason).contains(Reason.RELU_RULE);
        assertThat(steps.result()).isEqualTo(Parser.parse("heaviside(2x - 1) \\times 2"));
        assertThat(Reason.RELU_RULE.key()).isEqualTo("reason.reluRule");
        assertThat(Reason.RELU_RULE.formulas(GlyphSet.ASCII)).containsExactly("relu(u)' = heaviside(u) u'");
    }

    @Test
    void refusesToExpandOrDifferentiateWhatHasNoSuchForm() {
        assertThat(problemOf(() -> Algebra.expand(Parser.parse("relu(x)^2"), Definitions.none())))
                .isEqualTo(MathProblem.EXPAND_BUILTIN);
        assertThatThrownBy(() -> Algebra.expand(Parser.parse("relu(x) + 1"), Definitions.none()))
                .hasMessageContaining("cannot expand relu(...)");
        assertThat(problemOf(() -> Algebra.derivative(Parser.parse("heaviside(x)"), "x", Definitions.none())))
                .isEqualTo(MathProblem.DIFFERENTIATE_HEAVISIDE);
        assertThat(Forms.isExpanded(Parser.parse("relu(x)"))).isFalse();
    }

    @Test
    void gradesByValuesWhenAReluCannotBeExpanded() {
        Definitions none = Definitions.none();
        assertThat(Algebra.equivalent(Parser.parse("relu(x) - relu(-x)"), Parser.parse("x"), none)).isTrue();
        assertThat(Algebra.equivalent(Parser.parse("relu(x)"), Parser.parse("x"), none)).isFalse();
    }

    @Test
    void nestingAndWorkStayBounded() {
        String deep = "relu(".repeat(Limits.MAX_NESTING + 1) + "x" + ")".repeat(Limits.MAX_NESTING + 1);
        assertThat(problemOf(() -> Parser.parse(deep))).isEqualTo(MathProblem.NESTED_TOO_DEEP);
        String nested = "relu(".repeat(40) + "x - 1" + ")".repeat(40);
        Work budget = Work.limitedTo(200);
        assertThatThrownBy(() -> budget.run(() -> Algebra.derivative(Parser.parse(nested), "x", Definitions.none())))
                .isInstanceOfSatisfying(MathException.class, e -> assertThat(e.isLimit()).isTrue());
        assertThat(Work.counting().run(() -> slope(nested, "2"))).isEqualTo(Rational.ONE);
    }
}
