package dev.nudge.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Data-file tests: every equation and figure of the article, from {@code article.cases}, parsed,
 * drawn in every notation and computed; the report must match its golden file and the figures
 * the article gives.
 */
class ArticleTest {
    @TestFactory
    Stream<DynamicTest> everyEquationAndFigure() {
        return ArticleCase.readAll(Golden.read("article.cases")).stream()
                .map(item -> DynamicTest.dynamicTest(item.name(), () -> check(item)));
    }

    private static void check(ArticleCase item) {
        Definitions definitions = item.definitions();
        Expr expr = definitions.parse(item.one("expr"));
        Map<String, Rational> values = item.values();
        Golden.assertMatches("article/" + item.name() + ".txt", new ArticleReport(item, definitions, expr, values).text());
        assertThat(definitions.parse(Renderer.latex(expr))).as("LaTeX parses back").isEqualTo(expr);
        checkFigures(item, definitions, expr, values);
    }

    private static void checkFigures(ArticleCase item, Definitions definitions, Expr expr, Map<String, Rational> values) {
        if (item.one("expect") != null) {
            assertThat(Algebra.evaluate(expr, definitions, values).toString()).isEqualTo(item.one("expect"));
        }
        if (item.one("expect-expanded") != null) {
            Derivation derivation = Derivation.ofExpansion(expr, definitions, values.containsKey("x") ? values : Map.of());
            assertThat(Renderer.latex(derivation.result())).isEqualTo(item.one("expect-expanded"));
        }
        List<String> derivativeValues = new ArrayList<>();
        for (String variable : item.items("diff")) {
            Expr derivative = Algebra.derivative(expr, variable, definitions);
            if (item.one("expect-derivative") != null) {
                assertThat(Renderer.latex(derivative)).isEqualTo(item.one("expect-derivative"));
            }
            assertThat(Derivation.ofDerivative(expr, variable, definitions).result()).isEqualTo(derivative);
            derivativeValues.add(Algebra.evaluate(derivative, definitions, values).toString());
        }
        if (item.one("expect-derivative-values") != null) {
            assertThat(derivativeValues).isEqualTo(item.items("expect-derivative-values"));
        }
        if (item.one("agree") != null) {
            assertThat(ArticleReport.sidesAgree(expr, definitions, item.one("agree").equals("yes") ? null : values))
                    .isTrue();
        }
    }
}
