package dev.nudge.math;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Random polynomial expressions, written as LaTeX a lesson author might write. */
final class Polynomials {
    static final String[] VARIABLES = {"x", "y", "P_0", "P_1"};

    private Polynomials() {
    }

    static Arbitrary<String> expressions() {
        return Arbitraries.recursive(Polynomials::leaf, Polynomials::combined, 0, 4);
    }

    private static Arbitrary<String> leaf() {
        return Arbitraries.oneOf(
                Arbitraries.of(VARIABLES),
                Arbitraries.integers().between(0, 12).map(String::valueOf),
                Arbitraries.of("0.5", "1.25", "0.001", "1.001"));
    }

    private static Arbitrary<String> combined(Arbitrary<String> part) {
        return Arbitraries.oneOf(
                Arbitraries.of(" + ", " - ", " \\times ", " * ", " \\cdot ")
                        .flatMap(operator -> part.list().ofSize(2).map(pair -> pair.get(0) + operator + pair.get(1))),
                part.map(inner -> "(" + inner + ")"),
                part.flatMap(inner -> Arbitraries.integers().between(0, 3).map(k -> "(" + inner + ")^" + k)),
                part.flatMap(inner -> Arbitraries.of(VARIABLES).map(name -> name + "^2(" + inner + ")")),
                part.map(inner -> "2(" + inner + ")"),
                part.map(inner -> "(-(" + inner + "))"),
                part.map(inner -> "\\frac{" + inner + "}{4}"));
    }

    static Arbitrary<Rational> rationals() {
        return Arbitraries.integers().between(-40, 40)
                .flatMap(numerator -> Arbitraries.integers().between(1, 8).map(d -> Rational.of(numerator, d)));
    }
}
