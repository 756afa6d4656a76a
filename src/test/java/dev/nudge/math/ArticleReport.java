package dev.nudge.math;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The text a golden file holds for one article case: every notation, then every computed result. */
final class ArticleReport {
    private final ArticleCase item;
    private final Definitions definitions;
    private final Expr expr;
    private final Map<String, Rational> values;
    private final StringBuilder out = new StringBuilder();

    ArticleReport(ArticleCase item, Definitions definitions, Expr expr, Map<String, Rational> values) {
        this.item = item;
        this.definitions = definitions;
        this.expr = expr;
        this.values = values;
    }

    String text() {
        item.all("define").forEach(definition -> line("define", definition));
        line("input", item.one("expr"));
        line("latex", Renderer.latex(expr));
        for (GlyphSet glyphs : GlyphSet.values()) {
            line("one line " + glyphs, Renderer.oneLine(expr, glyphs));
        }
        for (GlyphSet glyphs : GlyphSet.values()) {
            out.append("2-D ").append(glyphs).append(":\n").append(framed(Renderer.twoDimensional(expr, glyphs)));
        }
        results();
        return out.toString();
    }

    private void results() {
        if (item.one("agree") != null) {
            line("sides agree", String.valueOf(sidesAgree(expr, definitions, item.one("agree").equals("yes") ? null : values)));
        }
        if (item.one("expand") != null) {
            line("expanded", Algebra.expand(expr, definitions).toString());
        }
        if (item.one("steps") != null && item.one("diff") == null) {
            steps("expansion", Derivation.ofExpansion(expr, definitions, values.containsKey("x") ? values : Map.of()));
        }
        for (String variable : item.items("diff")) {
            line("derivative by " + variable, Renderer.latex(Algebra.derivative(expr, variable, definitions)));
            if (item.one("steps") != null) {
                steps("derivative by " + variable, Derivation.ofDerivative(expr, variable, definitions));
            }
        }
        if (!values.isEmpty()) {
            valuesAtPoint();
        }
        if (item.one("nudge") != null) {
            nudge(item.one("nudge").split(" by "));
        }
    }

    private void valuesAtPoint() {
        String point = values.entrySet().stream().map(value -> value.getKey() + " = " + value.getValue())
                .collect(Collectors.joining(", "));
        String value;
        try {
            value = Algebra.evaluate(expr, definitions, values).display(GlyphSet.UNICODE);
        } catch (MathException notConstant) {
            value = notConstant.getMessage();
        }
        line("value at " + point, value);
        for (String variable : item.items("diff")) {
            Expr derivative = Algebra.derivative(expr, variable, definitions);
            line("derivative by " + variable + " at " + point,
                    Algebra.evaluate(derivative, definitions, values).display(GlyphSet.UNICODE));
        }
    }

    private void nudge(String[] variableAndStep) {
        Rational step = Rational.parse(variableAndStep[1]);
        Map<String, Rational> start = new java.util.HashMap<>(values);
        start.put(variableAndStep[0], values.get(variableAndStep[0]).subtract(step));
        Nudge nudge = Nudge.of(expr, definitions, start, variableAndStep[0], step);
        line("nudge " + variableAndStep[0] + " from " + nudge.from() + " by " + step,
                "before " + nudge.before() + ", after " + nudge.after() + ", change " + nudge.change() + ", ratio "
                        + nudge.ratio());
    }

    private void steps(String title, Derivation derivation) {
        out.append("steps of the ").append(title).append(":\n");
        for (RewriteStep step : derivation.steps()) {
            String details = step.details().stream().map(detail -> Renderer.oneLine(detail, GlyphSet.UNICODE))
                    .collect(Collectors.joining("; "));
            out.append("  ").append(Renderer.oneLine(step.expression(), GlyphSet.UNICODE))
                    .append("    [").append(step.reason()).append(details.isEmpty() ? "" : ": " + details).append("]\n");
        }
    }

    /** Whether the sides of an equation are equal (a leading undefined name is a label, not compared). */
    static boolean sidesAgree(Expr expr, Definitions definitions, Map<String, Rational> atPoint) {
        List<Expr> sides = ((Equation) expr).sides();
        if (sides.get(0) instanceof Var name && definitions.lookup(name.name()).isEmpty()) {
            sides = sides.subList(1, sides.size());
        }
        for (int i = 1; i < sides.size(); i++) {
            boolean equal = atPoint == null ? Algebra.equivalent(sides.get(i - 1), sides.get(i), definitions)
                    : Algebra.evaluate(sides.get(i - 1), definitions, atPoint)
                            .equals(Algebra.evaluate(sides.get(i), definitions, atPoint));
            if (!equal) {
                return false;
            }
        }
        return true;
    }

    private static String framed(Block block) {
        StringBuilder framed = new StringBuilder();
        for (int row = 0; row < block.height(); row++) {
            framed.append(row == block.baseline() ? "> |" : "  |").append(block.lines().get(row)).append("|\n");
        }
        return framed.toString();
    }

    private void line(String label, String value) {
        out.append(label).append(": ").append(value).append('\n');
    }
}
