package dev.nudge.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupedExpansionTest {
    private static final Definitions MODEL = Definitions.none().define("f(x, P) = P_0 \\times x + P_1");
    private static final Expr LOSS = MODEL.parse(
            "\\frac{(f(0, P) - (-2))^2 + (f(1, P) - 1)^2 + (f(2, P) - 4)^2}{3}");

    @Test
    void expandsEachSquareOnItsOwnWithItsReasons() {
        var grouped = GroupedExpansion.of(LOSS, MODEL).orElseThrow();
        assertThat(grouped.squares()).extracting(d -> Renderer.latex(d.steps().get(0).expression()))
                .containsExactly("(f(0, P) - (-2))^2", "(f(1, P) - 1)^2", "(f(2, P) - 4)^2");
        assertThat(grouped.squares()).extracting(d -> Renderer.latex(d.result()))
                .containsExactly("P_1^2 + 4P_1 + 4", "P_0^2 + 2P_0 P_1 + P_1^2 - 2P_0 - 2P_1 + 1",
                        "4P_0^2 + 4P_0 P_1 + P_1^2 - 16P_0 - 8P_1 + 16");
        assertThat(grouped.squares().get(0).steps()).extracting(RewriteStep::reason)
                .contains(Reason.SUBSTITUTE_DEFINITION, Reason.SQUARE_OF_SUM);
        assertThat(grouped.squares().get(1).steps()).extracting(RewriteStep::reason)
                .contains(Reason.SQUARE_OF_DIFFERENCE);
    }

    @Test
    void addsTheExpandedSquaresThenDividesByTheirCountArrivingAtTheWholeExpansion() {
        var grouped = GroupedExpansion.of(LOSS, MODEL).orElseThrow();
        assertThat(grouped.sum().steps()).extracting(RewriteStep::reason)
                .containsExactly(Reason.GIVEN, Reason.COLLECT_LIKE_TERMS);
        assertThat(Renderer.latex(grouped.sum().steps().get(0).expression())).isEqualTo("(P_1^2 + 4P_1 + 4)"
                + " + (P_0^2 + 2P_0 P_1 + P_1^2 - 2P_0 - 2P_1 + 1) + (4P_0^2 + 4P_0 P_1 + P_1^2 - 16P_0 - 8P_1 + 16)");
        assertThat(Renderer.latex(grouped.sum().result())).isEqualTo("5P_0^2 + 6P_0 P_1 + 3P_1^2 - 18P_0 - 6P_1 + 21");
        assertThat(Renderer.latex(grouped.mean().steps().get(0).expression()))
                .isEqualTo("\\frac{5P_0^2 + 6P_0 P_1 + 3P_1^2 - 18P_0 - 6P_1 + 21}{3}");
        assertThat(Renderer.latex(grouped.count())).isEqualTo("3");
        assertThat(grouped.result()).isEqualTo(Derivation.ofExpansion(LOSS, MODEL, Map.of()).result());
        assertThat(Renderer.latex(grouped.result())).isEqualTo("\\frac{5}{3}P_0^2 + 2P_0 P_1 + P_1^2 - 6P_0 - 2P_1 + 7");
    }

    @Test
    void aSingleSquareOrAnythingButAMeanHasNoGroups() {
        assertThat(GroupedExpansion.of(MODEL.parse("(f(0, P) - (-2))^2"), MODEL)).isEmpty();
        assertThat(GroupedExpansion.of(MODEL.parse("\\frac{(f(0, P) - (-2))^2}{1}"), MODEL)).isEmpty();
        assertThat(GroupedExpansion.of(MODEL.parse("(f(0, P) - 1)^2 + (f(1, P) - 1)^2"), MODEL)).isEmpty();
        assertThat(GroupedExpansion.of(MODEL.parse("\\frac{P_0 + P_1}{P_0}"), MODEL)).isEmpty();
    }

    @Test
    void staysWithinTheBudgetOfWork() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Work.limitedTo(10).run(() -> GroupedExpansion.of(LOSS,
                MODEL))).isInstanceOf(MathException.class).matches(e -> ((MathException) e).isLimit());
    }
}
