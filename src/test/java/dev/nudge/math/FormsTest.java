package dev.nudge.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormsTest {
    private static final Definitions LOSS = Definitions.none()
            .define("f(x, P) = P_0 \\times x + P_1")
            .define("Loss = (f(0, P) - (-2))^2");

    @ParameterizedTest
    @ValueSource(strings = {"P_1^2 + 4P_1 + 4", "4 + 4P_1 + P_1^2", "2P_1 + 4", "P_1^2 + (4P_1 + 4)",
        "(P_1^2 + 4P_1 + 4)", "((P_1 + 2))", "-P_1^2 - 4P_1 - 4", "4 \\times P_1 \\times P_1", "x^2/2",
        "(2P_1)^2", "1/(P_1 + 2)", "a = P_1 + 2", "7"})
    void sumsOfTermsAreExpanded(String source) {
        assertThat(Forms.isExpanded(Parser.parse(source))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"(P_1 + 2)^2", "(P_1+2)(P_1+2)", "2(P_1 + 2)", "(P_1 + 2) \\times 3", "((P_1 + 2))^2",
        "-(P_1 - 2)", "(2P_1^2 + 8P_1 + 8)/2", "P_1^2 + 2(2P_1 + 2)", "(2(P_1 + 1))^2", "a = (x + 1)^2",
        "\\frac{d}{dP_1}(P_1^2)"})
    void bracketedSumsAsFactorsAreNotExpanded(String source) {
        assertThat(Forms.isExpanded(Parser.parse(source))).isFalse();
    }

    @Test
    void callsAreNotWrittenOut() {
        assertThat(Forms.isExpanded(LOSS.parse("f(0, P)^2"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9.006001", "11/3", "1e-3", "-2/3", "(1.001 + 2)^2", "\\frac{1}{3}", "2 \\times 3"})
    void numbersAndOperationsAreArithmetic(String source) {
        assertThat(Forms.isArithmetic(Parser.parse(source))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "P_1 - P_1", "2x", "f(1, 2)", "d/dx (3)", "1 = 1", "-(2 + y)"})
    void anythingWithANameIsNotArithmetic(String source) {
        assertThat(Forms.isArithmetic(Parser.parse(source))).isFalse();
    }

    @Test
    void variablesAreThoseLeftAfterInliningInWrittenOrder() {
        assertThat(Algebra.variables(LOSS.parse("Loss"), LOSS)).containsExactly("P_0", "P_1");
        assertThat(Algebra.variables(Parser.parse("x + P_{10} + P_2"), LOSS)).containsExactly("P_2", "P_10", "x");
        assertThat(Algebra.variables(Parser.parse("y = 11/3"), LOSS)).isEmpty();
    }
}
