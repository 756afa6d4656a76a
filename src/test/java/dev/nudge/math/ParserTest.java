package dev.nudge.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParserTest {
    private static final Var X = new Var("x");
    private static final Var P1 = new Var("P_1");

    @Test
    void readsTheKeyboardSyntaxLearnersType() {
        assertThat(Parser.parse("2*P1 + 4")).isEqualTo(new Add(new Mul(num(2), P1, true), num(4)));
        assertThat(Parser.parse("P_1^2")).isEqualTo(new Pow(P1, 2));
        assertThat(Parser.parse("d/dP_1 P_1^2")).isEqualTo(new Derivative(new Pow(P1, 2), P1, false));
        assertThat(Parser.parse("dLoss/dP_1")).isEqualTo(new Derivative(new Var("Loss"), P1, false));
        assertThat(Parser.parse("11/3")).isEqualTo(new Div(num(11), num(3)));
        assertThat(Parser.parse("1e-3")).isEqualTo(new Num(Rational.of(1, 1000)));
    }

    @Test
    void readsTheUnicodeTheRendererPrints() {
        assertThat(Parser.parse("P₁² + 4P₁ + 4")).isEqualTo(Parser.parse("P_1^2 + 4P_1 + 4"));
        assertThat(Parser.parse("P₀ × x ⋅ 2")).isEqualTo(Parser.parse("P_0 \\times x \\cdot 2"));
    }

    @Test
    void readsSubscriptsImplicitProductsAndNames() {
        assertThat(Parser.parse("P_{10}")).isEqualTo(new Var("P_10"));
        assertThat(Parser.parse("4P_1")).isEqualTo(new Mul(num(4), P1, false));
        assertThat(Parser.parse("2(x+1)")).isEqualTo(new Mul(num(2), new Group(new Add(X, num(1))), false));
        assertThat(Parser.parse("Loss")).isEqualTo(new Var("Loss"));
        assertThat(Parser.parse("-(-2)")).isEqualTo(new Neg(new Group(new Neg(num(2)))));
    }

    @Test
    void readsCallsDerivativesAndEquationChains() {
        Expr call = Parser.parse("f(0, P)");
        assertThat(call).isEqualTo(new Call("f", List.of(num(0), new Var("P"))));
        assertThat(Parser.parse("f(x)", Set.of("f"))).isEqualTo(new Call("f", List.of(X)));
        assertThat(Parser.parse("f(x)")).isEqualTo(new Mul(new Var("f"), new Group(X), false));
        assertThat(Parser.parse("\\frac{d}{dP_1}(P_1)")).isEqualTo(new Derivative(new Group(P1), P1, false));
        assertThat(Parser.parse("\\frac{\\partial MSE}{\\partial P_1}"))
                .isEqualTo(new Derivative(new Var("MSE"), P1, true));
        assertThat(Parser.parse("a = b = c")).isEqualTo(new Equation(List.of(new Var("a"), new Var("b"), new Var("c"))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            (1+2          | 5 | expected ')' to close the '(' at column 1, but found the end of the input
            x*(2+(3)      | 9 | expected ')' to close the '(' at column 3, but found the end of the input
            2 3           | 3 | expected an operator such as '*' before the number 3
            --2           | 2 | a minus sign here needs parentheses, as in -(-2)
            x^{-1}        | 4 | an exponent must be a whole number from 0 to 100
            x^1000000     | 3 | the exponent 1000000 is larger than the limit 100
            \\foo         | 1 | unknown command '\\foo'
            x^2^3         | 4 | a power of a power needs parentheses, as in (x^2)^3
            \\frac{1}     | 9 | expected '{' after '\\frac'
            )             | 1 | expected a number, a name or '(' but found ')'
            x)            | 2 | there is no opening bracket for ')'
            """)
    void reportsTheColumnAndAPlainMessage(String input, int column, String problem) {
        assertThatThrownBy(() -> Parser.parse(input)).isInstanceOfSatisfying(MathException.class, error -> {
            assertThat(error.problem()).isEqualTo(problem);
            assertThat(error.column()).isEqualTo(column);
            assertThat(error.getMessage()).endsWith("\n  " + input + "\n  " + " ".repeat(column - 1) + "^");
        });
    }

    @Test
    void refusesInputsPastTheLimitsQuickly() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> Parser.parse("(".repeat(200) + "x" + ")".repeat(200)))
                .hasMessageContaining("nests deeper than 50");
        assertThatThrownBy(() -> Parser.parse("x+".repeat(600) + "x")).hasMessageContaining("longer than 1000");
        assertThatThrownBy(() -> Parser.parse("(P_0+P_1)^1000000")).isInstanceOf(MathException.class);
        assertThatThrownBy(() -> Algebra.expand(Parser.parse("(P_0+P_1+P_2+P_3+P_4+P_5+P_6+P_7+P_8+P_9)^100"),
                Definitions.none())).hasMessageContaining("too many terms");
        assertThatThrownBy(() -> Algebra.evaluate(Parser.parse("((((9^100)^100)^100)^100)"), Definitions.none(),
                java.util.Map.of())).hasMessageContaining("bits");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void refusesDefinitionsThatReferToThemselvesOrGrowTooLarge() {
        Definitions looping = Definitions.none().define("a = b").define("b = 1");
        assertThatThrownBy(() -> looping.define("b = a")).hasMessageContaining("refers to itself");
        Definitions doubling = Definitions.none().define("g(x) = x \\times x");
        String nested = "g(".repeat(20) + "2" + ")".repeat(20);
        assertThatThrownBy(() -> Algebra.evaluate(doubling.parse(nested), doubling, java.util.Map.of()))
                .hasMessageContaining("too large");
    }

    private static Num num(long value) {
        return new Num(Rational.of(value));
    }
}
