package dev.nudge.lesson;

import dev.nudge.math.Algebra;
import dev.nudge.math.Equation;
import dev.nudge.math.Expr;
import dev.nudge.math.GlyphSet;
import dev.nudge.math.MathException;
import dev.nudge.math.Renderer;
import dev.nudge.math.Var;
import java.util.List;
import java.util.Optional;

/**
 * Checks that the sides of a displayed equation chain really are equal, so a typed expansion such as
 * {@code ... = P_1^2 + 4P_1 + 4} cannot be wrong. A first side that merely names the result ({@code Loss = ...}) is
 * left out when the lesson does not define that name; sides with names the lesson gives no value (the general
 * {@code x} and {@code y}) cannot be compared and are left alone.
 */
final class EquationSides {
    private EquationSides() {
    }

    /** A message when two neighbouring sides differ, else empty. */
    static Optional<String> check(Expr expr, LessonMath math) {
        if (!(expr instanceof Equation equation)) {
            return Optional.empty();
        }
        var sides = comparable(equation.sides(), math);
        for (int i = 1; i < sides.size(); i++) {
            var left = sides.get(i - 1);
            var right = sides.get(i);
            try {
                if (hasFreeNames(left, math) || hasFreeNames(right, math)) {
                    continue;
                }
                if (!Algebra.equivalent(left, right, math.definitions())) {
                    return Optional.of("the sides of this equation differ: " + oneLine(left) + " is not equal to "
                            + oneLine(right));
                }
            } catch (MathException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether the side uses a name the lesson gives no value, such as x in the general {@code (f(x, P) - y)^2}. */
    private static boolean hasFreeNames(Expr side, LessonMath math) {
        try {
            Algebra.evaluate(side, math.definitions(), math.parameters());
            return false;
        } catch (MathException e) {
            return true;
        }
    }

    private static List<Expr> comparable(List<Expr> sides, LessonMath math) {
        var first = sides.get(0);
        boolean namesTheResult = first instanceof Var name && math.definitions().lookup(name.name()).isEmpty();
        return namesTheResult ? sides.subList(1, sides.size()) : sides;
    }

    private static String oneLine(Expr expr) {
        return Renderer.oneLine(expr, GlyphSet.ASCII);
    }
}
