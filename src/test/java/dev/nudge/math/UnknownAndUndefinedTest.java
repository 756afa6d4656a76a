package dev.nudge.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the engine cannot do it refuses by name: a function it does not have ({@code sin(x)} is not the product
 * {@code s i n x}), a division by zero in evaluation or expansion; and a quotient's derivative comes out simplified.
 */
class UnknownAndUndefinedTest {
    private static final Definitions MODEL = Definitions.none().define("f(x, P) = P_0 \\times x + P_1");

    private static Rational evaluate(String source, Map<String, Rational> values) {
        return Algebra.evaluate(Parser.parse(source), Definitions.none(), values);
    }

    private static String derivative(String source, String variable) {
        return Renderer.oneLine(Algebra.derivative(Parser.parse(source), variable, Definitions.none()), GlyphSet.ASCII);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sin(x)       | 1 | sin",
        "sqrt(4)      | 1 | sqrt",
        "2 + exp(x+1) | 5 | exp",
        "Loss(P_1)    | 1 | Loss"})
    void anUnknownFunctionIsAnErrorThatNamesIt(String input, int column, String name) {
        assertThatThrownBy(() -> Parser.parse(input)).isInstanceOfSatisfying(MathException.class, e -> {
            assertThat(e.problem()).isEqualTo("unknown function " + name
                    + ": only defined functions can be called (none is defined here); to multiply, write " + name
                    + "*(...)");
            assertThat(e.column()).isEqualTo(column);
        });
    }

    @Test
    void theErrorListsTheFunctionsThatAreDefined() {
        assertThatThrownBy(() -> MODEL.parse("f(0, P) + sqrt(4)")).hasMessageStartingWith(
                "unknown function sqrt: only defined functions can be called (the ones defined here are f)");
    }

    @Test
    void definedFunctionsAndProductsWithBracketsStillRead() {
        assertThat(MODEL.parse("f(0, P)")).isInstanceOf(Call.class);
        assertThat(Parser.parse("x(x+1)")).isInstanceOf(Mul.class);
        assertThat(Parser.parse("P_1(x+1)")).isInstanceOf(Mul.class);
        assertThat(Parser.parse("2(x+1)")).isInstanceOf(Mul.class);
        assertThat(Parser.parse("sin*(x)")).isInstanceOf(Mul.class);
    }

    @Test
    void evaluationSaysWhichDenominatorIsZero() {
        assertThatThrownBy(() -> evaluate("1/(x-1)", Map.of("x", Rational.ONE)))
                .isInstanceOfSatisfying(MathException.class, e -> {
                    assertThat(e.problem()).isEqualTo("division by zero: x - 1 is 0");
                    assertThat(e.isLimit()).isFalse();
                });
        assertThatThrownBy(() -> evaluate("1/0", Map.of())).hasMessage("division by zero");
    }

    @Test
    void expansionSaysWhichDenominatorIsZero() {
        assertThatThrownBy(() -> Algebra.expand(Parser.parse("x/(2-2)"), Definitions.none()))
                .isInstanceOf(MathException.class).hasMessage("division by zero: 2 - 2 is 0");
        assertThatThrownBy(() -> Algebra.derivative(Parser.parse("(x/(3-3))^2"), "x", Definitions.none()))
                .isInstanceOf(MathException.class).hasMessage("division by zero: 3 - 3 is 0");
    }

    @Test
    void aDivisionByAConstantZeroIsFoundWithoutValues() {
        assertThatThrownBy(() -> Algebra.checkDivisions(Parser.parse("x + 1/(3-3)"), Definitions.none()))
                .hasMessage("division by zero: 3 - 3 is 0");
        Algebra.checkDivisions(Parser.parse("1/(x-1) + 1/2"), Definitions.none());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(x+1)/(x-1)  | x   | -2/(x - 1)^2",
        "1/x          | x   | -1/x^2",
        "P_0/x        | x   | -P_0/x^2",
        "P_0/x        | P_0 | 1/x",
        "(x-1)/(x-1)  | x   | 0",
        "x/(x^2+1)    | x   | (-x^2 + 1)/(x^2 + 1)^2"})
    void aQuotientDifferentiatesToASimplifiedQuotient(String source, String variable, String expected) {
        assertThat(derivative(source, variable)).isEqualTo(expected);
    }

    @Test
    void theSimplifiedQuotientHasTheRightValues() {
        var derivative = Algebra.derivative(Parser.parse("(x+1)/(x-1)"), "x", Definitions.none());
        assertThat(Algebra.evaluate(derivative, Definitions.none(), Map.of("x", Rational.of(3))))
                .isEqualTo(Rational.of(-1, 2));
    }
}
