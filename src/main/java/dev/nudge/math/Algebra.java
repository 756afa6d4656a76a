package dev.nudge.math;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The operations the tutor performs on equations: evaluate exactly, substitute, expand,
 * differentiate and compare. Each substitutes the definitions first, and acts on the last side of
 * an equation.
 */
public final class Algebra {
    private Algebra() {
    }

    /**
     * The exact value of {@code expr}; variables that cancel out (such as {@code P_0} in
     * {@code P_0 \times 0}) need no value.
     */
    public static Rational evaluate(Expr expr, Definitions definitions, Map<String, Rational> values) {
        Expr inlined = definitions.inline(lastSide(expr));
        Set<String> missing = new TreeSet<>(VariableOrder.INSTANCE);
        missing.addAll(Variables.of(inlined));
        missing.removeAll(values.keySet());
        if (missing.isEmpty()) {
            return new Evaluator(values).evaluate(inlined);
        }
        if (ExpansionSize.isSmall(inlined)) {
            return Expander.expand(inlined).substitute(values).constantValue();
        }
        throw MathException.of(MathProblem.NEEDS_VALUE, String.join(", ", missing));
    }

    /**
     * Throws a {@link MathException} naming the denominator when {@code expr} divides by something that is 0
     * whatever the values, such as {@code 1/0} or {@code x/(2-2)}: it has no value anywhere.
     */
    public static void checkDivisions(Expr expr, Definitions definitions) {
        DivisionByZero.checkConstantDenominators(definitions.inline(expr));
    }

    /** {@code expr} with each variable in {@code values} replaced by its number. */
    public static Expr substitute(Expr expr, Map<String, Rational> values) {
        if (expr instanceof Var variable && values.containsKey(variable.name())) {
            return new Num(values.get(variable.name()));
        }
        if (expr instanceof Derivative derivative && values.containsKey(derivative.variable().name())) {
            return expr;
        }
        return expr.mapChildren(child -> substitute(child, values));
    }

    /** Whether {@code expr}, with the definitions put in, is a polynomial that {@link #expand} can multiply out. */
    public static boolean isPolynomial(Expr expr, Definitions definitions) {
        return Expander.isPolynomial(definitions.inline(lastSide(expr)));
    }

    /** The expanded polynomial with like terms collected, e.g. {@code P_1^2 + 4P_1 + 4}. */
    public static Polynomial expand(Expr expr, Definitions definitions) {
        return Expander.expand(definitions.inline(lastSide(expr)));
    }

    /**
     * Whether {@code expr} multiplies out into a polynomial once definitions are substituted: false when it applies
     * relu (a different line on each side of 0) or divides by a variable, so that a caller can leave the expansion out
     * instead of meeting the refusal.
     */
    public static boolean expandable(Expr expr, Definitions definitions) {
        return Expander.isPolynomial(definitions.inline(lastSide(expr)));
    }

    /** The simplified (partial) derivative with respect to {@code variable}, e.g. {@code 2P_1 + 4}. */
    public static Expr derivative(Expr expr, String variable, Definitions definitions) {
        return Differentiation.derivative(definitions.inline(lastSide(expr)), new Var(variable));
    }

    /**
     * The variables {@code expr} uses once definitions are substituted, sorted as they are written
     * ({@code P_0, P_1, x}).
     */
    public static Set<String> variables(Expr expr, Definitions definitions) {
        return Collections.unmodifiableSet(Variables.of(definitions.inline(lastSide(expr))));
    }

    /**
     * Whether two expressions are equal for all values, for grading typed answers: term by term when both expand
     * to small polynomials, else by their values at rational points chosen from {@code second}, so that checking
     * {@code ((P_1+1)^100)^100} costs what its written size costs, not its expansion.
     */
    public static boolean equivalent(Expr first, Expr second, Definitions definitions) {
        Expr a = definitions.inline(lastSide(first));
        Expr b = definitions.inline(lastSide(second));
        if (ExpansionSize.isSmall(a) && ExpansionSize.isSmall(b)) {
            return Expander.expand(a).equals(Expander.expand(b));
        }
        List<String> names = new ArrayList<>(Variables.of(new Equation(List.of(a, b))));
        return SamplePoints.agree(a, b, names, Renderer.latex(b).hashCode());
    }

    static Expr lastSide(Expr expr) {
        return expr instanceof Equation equation ? equation.last() : expr;
    }
}
