package dev.nudge.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The expansion of a mean of squares, such as a loss over several points, in groups a person can follow: each
 * square of the numerator expanded on its own (its own {@link Derivation}, with reasons), then the expanded squares
 * summed over their count and collected into one polynomial. Expanding the whole fraction at once rewrites every
 * square in every step, so the same long expression is copied dozens of times; the groups say the same in a line
 * per square. A single square has no groups: it is expanded as it stands.
 *
 * @param squares each square of the numerator with its own expansion, in the order written
 * @param count what the sum is divided by
 * @param sum from the expanded squares, added up, to their sum with like terms collected
 * @param mean from that sum over the count to the expanded result
 */
public record GroupedExpansion(List<Derivation> squares, Expr count, Derivation sum, Derivation mean) {
    public GroupedExpansion {
        squares = List.copyOf(squares);
        if (squares.size() < 2) {
            throw new IllegalArgumentException("a grouped expansion has at least two squares");
        }
    }

    /** Where the expansion arrives: the same polynomial as expanding the whole loss at once. */
    public Expr result() {
        return mean.result();
    }

    /**
     * The grouped expansion of {@code expr}, when it is a sum of two or more terms (the squares) divided by a
     * number and it expands to a polynomial; otherwise empty, and the expansion is shown whole. The work counts
     * against the {@link Work} budget in force, as every expansion does.
     */
    public static Optional<GroupedExpansion> of(Expr expr, Definitions definitions) {
        var whole = Unwrap.groups(Algebra.lastSide(expr));
        if (!(whole instanceof Div fraction) || Unwrap.number(fraction.denominator()) == null
                || !Expander.isPolynomial(definitions.inline(whole))) {
            return Optional.empty();
        }
        var terms = terms(fraction.numerator());
        if (terms.size() < 2) {
            return Optional.empty();
        }
        var rewriter = new Rewriter(definitions);
        var squares = new ArrayList<Derivation>();
        for (var term : terms) {
            squares.add(rewriter.expand(term, Map.of()));
        }
        var sum = collected(added(squares));
        return Optional.of(new GroupedExpansion(squares, fraction.denominator(), sum,
                collected(new Div(sum.result(), fraction.denominator()))));
    }

    /** The expanded squares added up, each in parentheses: {@code (P_1^2 + 4P_1 + 4) + (P_0^2 + ...)}. */
    private static Expr added(List<Derivation> squares) {
        Expr sum = null;
        for (var square : squares) {
            Expr term = new Group(square.result());
            sum = sum == null ? term : new Add(sum, term);
        }
        return sum;
    }

    /** From {@code expr}, a polynomial, to its terms multiplied out and collected. */
    private static Derivation collected(Expr expr) {
        return new Derivation(List.of(new RewriteStep(expr, Reason.GIVEN, List.of()),
                new RewriteStep(Expander.expand(expr).toExpr(), Reason.COLLECT_LIKE_TERMS, List.of())));
    }

    /** The terms of a sum as written, seeing through parentheses: {@code a + (b + c)} has three. */
    private static List<Expr> terms(Expr expr) {
        var inner = Unwrap.groups(expr);
        if (inner instanceof Add sum) {
            var terms = new ArrayList<>(terms(sum.left()));
            terms.addAll(terms(sum.right()));
            return terms;
        }
        return List.of(expr);
    }
}
