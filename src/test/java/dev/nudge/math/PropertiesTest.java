package dev.nudge.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the engine on random polynomial expressions and random text. */
class PropertiesTest {
    private static final int TRIES = 150;

    @Provide
    Arbitrary<String> polynomials() {
        return Polynomials.expressions();
    }

    @Provide
    Arbitrary<Map<String, Rational>> points() {
        return Polynomials.rationals().list().ofSize(Polynomials.VARIABLES.length).map(list -> {
            Map<String, Rational> point = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                point.put(new Var(Polynomials.VARIABLES[i].replace("_", "_")).name(), list.get(i));
            }
            return point;
        });
    }

    @Property(tries = TRIES)
    void expandingKeepsTheValue(@ForAll("polynomials") String source, @ForAll("points") Map<String, Rational> point) {
        Expr expr = Parser.parse(source);
        Polynomial expanded = Algebra.expand(expr, Definitions.none());
        assertThat(expanded.substitute(point).constantValue())
                .isEqualTo(Algebra.evaluate(expr, Definitions.none(), point));
        assertThat(Algebra.evaluate(expanded.toExpr(), Definitions.none(), point))
                .isEqualTo(Algebra.evaluate(expr, Definitions.none(), point));
    }

    @Property(tries = TRIES)
    void derivativeIsTheLimitOfDifferenceQuotients(@ForAll("polynomials") String source,
            @ForAll("points") Map<String, Rational> point) {
        Expr expr = Parser.parse(source);
        Rational slope = Algebra.evaluate(Algebra.derivative(expr, "x", Definitions.none()), Definitions.none(), point);
        Polynomial alongX = Algebra.expand(expr, Definitions.none()).substitute(without(point, "x"));
        Rational h = Rational.of(1, 1_000_000);
        Rational x = point.get("x");
        Rational central = alongX.substitute(Map.of("x", x.add(h))).constantValue()
                .subtract(alongX.substitute(Map.of("x", x.subtract(h))).constantValue())
                .divide(h.add(h));
        assertThat(central.subtract(slope).abs()).isLessThanOrEqualTo(errorBound(alongX, x, h));
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

    @Property(tries = TRIES)
    void printingThenParsingGivesTheSameTree(@ForAll("polynomials") String source) {
        Expr expr = Parser.parse(source);
        assertThat(Parser.parse(Renderer.latex(expr))).isEqualTo(expr);
        assertThat(Parser.parse(Renderer.latex(Algebra.expand(expr, Definitions.none()).toExpr())))
                .isEqualTo(Algebra.expand(expr, Definitions.none()).toExpr());
    }

    @Property(tries = TRIES)
    void oneLineFormsReadBackAsEquivalent(@ForAll("polynomials") String source) {
        Expr expr = Parser.parse(source);
        for (Glyphs glyphs : Glyphs.values()) {
            assertThat(Algebra.equivalent(Parser.parse(Renderer.oneLine(expr, glyphs)), expr, Definitions.none()))
                    .as(Renderer.oneLine(expr, glyphs)).isTrue();
        }
    }

    @Property(tries = TRIES)
    void equivalenceIsReflexiveAndAgreesWithEvaluation(@ForAll("polynomials") String first,
            @ForAll("polynomials") String second, @ForAll("points") Map<String, Rational> point) {
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
    }

    @Provide
    Arbitrary<String> noise() {
        Arbitrary<String> symbols = Arbitraries.of("\\frac", "\\times", "\\cdot", "\\partial", "^", "_", "{", "}", "(",
                ")", "=", ",", "d", "dP_1", "/", "-", "+", "*", " ", "P_{10}", "x", "2", "0.5", "1e-3", "₁", "²", "×",
                "\\left", "\\", "9999", "^{100}", "f(", "é", "\t");
        return Arbitraries.oneOf(symbols.list().ofMaxSize(30).map(parts -> String.join("", parts)),
                Arbitraries.strings().ofMaxLength(40));
    }

    @Property(tries = 400)
    void anyTextGivesATreeOrTheOneErrorType(@ForAll("noise") String text) {
        long start = System.nanoTime();
        assertThatCode(() -> {
            try {
                Expr expr = Parser.parse(text);
                Renderer.twoDimensional(expr, Glyphs.UNICODE);
                Renderer.latex(expr);
                Algebra.expand(expr, Definitions.none());
                Algebra.derivative(expr, "x", Definitions.none());
            } catch (MathException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }).doesNotThrowAnyException();
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }
}
