package dev.nudge.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of the engine on random polynomial expressions and random text. */
class PropertiesTest {
    private static final int TRIES = 150;

    private final AtomicInteger ran = new AtomicInteger();

    /**
     * A theory drawing twice {@code examples} times: QuickTheories skips a draw that repeats an earlier one (small
     * expressions often do), so it takes that many to run the property on at least {@code examples} distinct inputs,
     * which {@link #ranAtLeast} then checks.
     */
    private static QuickTheory theory(int examples) {
        return qt().withFixedSeed(Polynomials.SEED).withExamples(2 * examples);
    }

    /** Fails unless the property just checked ran on at least {@code examples} examples. */
    private void ranAtLeast(int examples) {
        assertThat(ran).as("examples run").hasValueGreaterThanOrEqualTo(examples);
    }

    private static Gen<String> polynomials() {
        return Polynomials.expressions();
    }

    private static Gen<Map<String, Rational>> points() {
        return lists().of(Polynomials.rationals()).ofSize(Polynomials.VARIABLES.length).map(list -> {
            Map<String, Rational> point = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                point.put(new Var(Polynomials.VARIABLES[i].replace("_", "_")).name(), list.get(i));
            }
            return point;
        });
    }

    @Test
    void expandingKeepsTheValue() {
        theory(TRIES).forAll(polynomials(), points()).checkAssert((source, point) -> {
            ran.incrementAndGet();
            Expr expr = Parser.parse(source);
            Polynomial expanded = Algebra.expand(expr, Definitions.none());
            assertThat(expanded.substitute(point).constantValue())
                    .isEqualTo(Algebra.evaluate(expr, Definitions.none(), point));
            assertThat(Algebra.evaluate(expanded.toExpr(), Definitions.none(), point))
                    .isEqualTo(Algebra.evaluate(expr, Definitions.none(), point));
        });
        ranAtLeast(TRIES);
    }

    @Test
    void derivativeIsTheLimitOfDifferenceQuotients() {
        theory(TRIES).forAll(polynomials(), points()).checkAssert((source, point) -> {
            ran.incrementAndGet();
            Expr expr = Parser.parse(source);
            Rational slope = Algebra.evaluate(Algebra.derivative(expr, "x", Definitions.none()), Definitions.none(),
                    point);
            Polynomial alongX = Algebra.expand(expr, Definitions.none()).substitute(without(point, "x"));
            Rational h = Rational.of(1, 1_000_000);
            Rational x = point.get("x");
            Rational central = alongX.substitute(Map.of("x", x.add(h))).constantValue()
                    .subtract(alongX.substitute(Map.of("x", x.subtract(h))).constantValue())
                    .divide(h.add(h));
            assertThat(central.subtract(slope).abs()).isLessThanOrEqualTo(errorBound(alongX, x, h));
        });
        ranAtLeast(TRIES);
    }

    /** Bounds the central difference's error, sum of p'''(t) h^2 / 6 and higher terms, near x. */
    private static Rational errorBound(Polynomial p, Rational x, Rational h) {
        Rational radius = x.abs().add(Rational.ONE);
        Rational bound = Rational.ZERO;
        for (Map.Entry<Monomial, Rational> term : p.terms().entrySet()) {
            int degree = term.getKey().degree();
            bound = bound.add(term.getValue().abs().multiply(Rational.of((long) degree * degree * degree))
                    .multiply(radius.pow(degree)));
        }
        return bound.multiply(h).multiply(h);
    }

    private static Map<String, Rational> without(Map<String, Rational> point, String name) {
        Map<String, Rational> rest = new HashMap<>(point);
        rest.remove(name);
        return rest;
    }

    @Test
    void printingThenParsingGivesTheSameTree() {
        theory(TRIES).forAll(polynomials()).checkAssert(source -> {
            ran.incrementAndGet();
            Expr expr = Parser.parse(source);
            assertThat(Parser.parse(Renderer.latex(expr))).isEqualTo(expr);
            assertThat(Parser.parse(Renderer.latex(Algebra.expand(expr, Definitions.none()).toExpr())))
                    .isEqualTo(Algebra.expand(expr, Definitions.none()).toExpr());
        });
        ranAtLeast(TRIES);
    }

    @Test
    void oneLineFormsReadBackAsEquivalent() {
        theory(TRIES).forAll(polynomials()).checkAssert(source -> {
            ran.incrementAndGet();
            Expr expr = Parser.parse(source);
            for (GlyphSet glyphs : GlyphSet.values()) {
                assertThat(Algebra.equivalent(Parser.parse(Renderer.oneLine(expr, glyphs)), expr, Definitions.none()))
                        .as(Renderer.oneLine(expr, glyphs)).isTrue();
            }
        });
        ranAtLeast(TRIES);
    }

    @Test
    void equivalenceIsReflexiveAndAgreesWithEvaluation() {
        theory(TRIES).forAll(polynomials(), polynomials(), points()).checkAssert((first, second, point) -> {
            ran.incrementAndGet();
            Expr a = Parser.parse(first);
            Expr b = Parser.parse(second);
            assertThat(Algebra.equivalent(a, a, Definitions.none())).isTrue();
            boolean sameValue = Algebra.evaluate(a, Definitions.none(), point)
                    .equals(Algebra.evaluate(b, Definitions.none(), point));
            if (Algebra.equivalent(a, b, Definitions.none())) {
                assertThat(sameValue).isTrue();
            }
            if (!sameValue) {
                assertThat(Algebra.equivalent(a, b, Definitions.none())).isFalse();
            }
        });
        ranAtLeast(TRIES);
    }

    private static Gen<String> noise() {
        Gen<String> symbols = Generate.pick(List.of("\\frac", "\\times", "\\cdot", "\\partial", "^", "_", "{", "}", "(",
                ")", "=", ",", "d", "dP_1", "/", "-", "+", "*", " ", "P_{10}", "x", "2", "0.5", "1e-3", "₁", "²", "×",
                "\\left", "\\", "9999", "^{100}", "f(", "é", "\t"));
        return Generate.oneOf(lists().of(symbols).ofSizeBetween(0, 30).map(parts -> String.join("", parts)),
                Polynomials.anyStrings(40));
    }

    @Test
    void anyTextGivesATreeOrTheOneErrorType() {
        int examples = 400;
        theory(examples).forAll(noise()).checkAssert(text -> {
            ran.incrementAndGet();
            long start = System.nanoTime();
            assertThatCode(() -> {
                try {
                    Expr expr = Parser.parse(text);
                    Renderer.twoDimensional(expr, GlyphSet.UNICODE);
                    Renderer.latex(expr);
                    Algebra.expand(expr, Definitions.none());
                    Algebra.derivative(expr, "x", Definitions.none());
                } catch (MathException expected) {
                    assertThat(expected.getMessage()).isNotBlank();
                }
            }).doesNotThrowAnyException();
            assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
        });
        ranAtLeast(examples);
    }
}
