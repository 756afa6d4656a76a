package dev.nudge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MathCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = new CommandLine(new MathCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }

    private static final String[] EXAMPLE = {"--define", "f(x,P)=P_0 \\times x + P_1", "(f(0,P)-(-2))^2", "--expand",
        "--diff", "P_1", "--at", "P_1=1"};

    @Test
    void showsTheExpansionTheDerivativeAndItsValueInUnicode() {
        assertThat(run(concat(EXAMPLE, "--unicode"))).isZero();
        assertThat(out.toString()).isEqualToNormalizingNewlines("""
                                2
                (f(0, P) - (-2))

                expanded:
                  2
                P₁  + 4P₁ + 4

                derivative with respect to P₁:
                2P₁ + 4

                at P₁ = 1:
                value = 9
                derivative with respect to P₁ = 6
                """);
    }

    @Test
    void showsTheSameInAscii() {
        assertThat(run(concat(EXAMPLE, "--ascii", "--oneline"))).isZero();
        assertThat(out.toString()).contains("P_1^2 + 4*P_1 + 4", "2*P_1 + 4", "derivative with respect to P_1 = 6");
    }

    @Test
    void showsStepsWithReasons() {
        assertThat(run(concat(EXAMPLE, "--steps", "--oneline"))).isZero();
        assertThat(out.toString()).contains("= (P₁ + 2)²    (subtracting a negative number adds it: P₁ - (-2) = P₁ + 2)",
                "(power rule: the derivative of xⁿ is n xⁿ⁻¹: d/dP₁ P₁² = 2P₁)");
    }

    @Test
    void evaluatesAndDifferentiatesAReluShowingTheRuleAndItsConventionAtZero() {
        assertThat(run("relu(2x - 1)^2", "--diff", "x", "--at", "x=3", "--steps", "--oneline", "--unicode")).isZero();
        assertThat(out.toString()).contains("relu(2x - 1)²",
                "= 2relu(2x - 1) × d/dx relu(2x - 1)    (chain rule: d/dw L(g(w)) = L'(g(w)) × g'(w))",
                "= 2relu(2x - 1) × heaviside(2x - 1) × d/dx(2x - 1)    (ReLU rule: relu(u)' = heaviside(u) u', where"
                        + " heaviside(u) is 1 for u > 0 and 0 for u < 0, and 0 at exactly u = 0 (the usual convention)",
                "= 2relu(2x - 1) × heaviside(2x - 1) × 2    (multiplying by one changes nothing: 2 × 1 = 2)",
                "= 2relu(2 × 3 - 1) × heaviside(2 × 3 - 1) × 2    (substitute the values: x = 3)",
                "= 20    (calculate with the numbers)",
                "value = 25", "derivative with respect to x = 20");
        out.getBuffer().setLength(0);
        assertThat(run("max(0, 2x - 1)", "--diff", "x", "--at", "x=0.5", "--ascii", "--oneline")).isZero();
        assertThat(out.toString()).contains("relu(2*x - 1)", "value = 0", "derivative with respect to x = 0");
    }

    @Test
    void walksTheNetworksLossByTheChainRuleInTheChosenNotation() {
        var network = "f(x, P) = v_1 \\times relu(w_1 x + b_1) + v_2 \\times relu(w_2 x + b_2) + c";
        assertThat(run("(f(1, P) - 1)^2", "--define", network, "--diff", "w_1", "--steps", "--oneline", "--ascii"))
                .isZero();
        assertThat(out.toString()).contains(
                "= 2*(f(1, P) - 1) * d/dw_1(f(1, P) - 1)    (chain rule: d/dw L(g(w)) = L'(g(w)) * g'(w))",
                "(the other variables are held still: what does not contain the variable we differentiate by has"
                        + " derivative 0: d/dw_1(v_2 * relu(w_2 * 1 + b_2)) = 0, dc/dw_1 = 0)",
                "= 2*(f(1, P) - 1) * v_1 * heaviside(w_1 + b_1)    (multiplying by one changes nothing: w_1 * 1 = w_1)");
        out.getBuffer().setLength(0);
        assertThat(run("(2w + 1)^2", "--diff", "w", "--steps", "--chain", "--oneline", "--unicode")).isZero();
        assertThat(out.toString()).as("--chain keeps a polynomial whole too")
                .contains("= 2(2w + 1) × d/dw(2w + 1)    (chain rule:").doesNotContain("square of a sum");
    }

    @Test
    void refusesToExpandAReluAndToRedefineIt() {
        assertThat(run("relu(x) + 1", "--expand", "--oneline")).isEqualTo(1);
        assertThat(err.toString()).contains("cannot expand relu(...)");
        assertThat(run("--define", "relu(x) = x", "relu(2)")).isEqualTo(2);
        assertThat(err.toString()).contains("relu is a built-in function and cannot be redefined");
    }

    @Test
    void exitsWithTwoAndACaretOnABadInput() {
        assertThat(run("x*(2+(3)")).isEqualTo(2);
        assertThat(err.toString()).isEqualToNormalizingNewlines("""
                expected ')' to close the '(' at column 3, but found the end of the input
                  x*(2+(3)
                          ^
                """);
        assertThat(out.toString()).isEmpty();
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    @Test
    void aDivisionByZeroIsAnErrorNotAFraction() {
        assertThat(run("1/0", "--oneline")).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualToNormalizingNewlines("division by zero\n");
        assertThat(run("x + 1/(2-2)", "--oneline")).isEqualTo(1);
        assertThat(err.toString()).endsWith("division by zero: 2 - 2 is 0\n");
    }

    @Test
    void anUnknownFunctionIsABadInputThatNamesIt() {
        assertThat(run("sin(x)", "--diff", "x")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith("unknown function sin: only defined functions can be called");
    }
}
