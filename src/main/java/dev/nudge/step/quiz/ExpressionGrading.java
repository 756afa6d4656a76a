package dev.nudge.step.quiz;

import dev.nudge.lesson.LessonMath;
import dev.nudge.math.Algebra;
import dev.nudge.math.Call;
import dev.nudge.math.Derivative;
import dev.nudge.math.Expr;
import dev.nudge.math.Forms;
import dev.nudge.math.GlyphSet;
import dev.nudge.math.MathException;
import dev.nudge.math.Renderer;
import dev.nudge.math.Var;
import dev.nudge.step.Verdict.Invalid;
import dev.nudge.step.Verdict.Wrong;
import dev.nudge.step.Verdict;
import java.util.Optional;

/**
 * Grades a typed expression against an expression quiz, by equivalence: {@code 2P_1+4}, {@code 2*P1 + 4} and
 * {@code 4 + 2P_1} are the same answer. The learner must write the answer out, not name it ({@code Loss},
 * {@code dLoss/dP_1} would be right by definition and teach nothing).
 */
final class ExpressionGrading {
    private static final String NO_PARSE = "quiz.noParse";
    private static final String WRITE_IT_OUT = "quiz.writeItOut";
    private static final String NOT_EXPANDED = "quiz.notExpanded";

    private ExpressionGrading() {
    }

    static Verdict grade(Quiz.ExpressionQuiz quiz, LessonMath math, String typed) {
        Expr expr;
        try {
            expr = math.parse(typed);
        } catch (MathException unreadable) {
            return Invalid.quoting(NO_PARSE, unreadable);
        }
        Optional<Expr> named = nameToWriteOut(expr, math);
        if (named.isPresent()) {
            return Invalid.saying(WRITE_IT_OUT, Renderer.oneLine(named.get(), GlyphSet.ASCII));
        }
        try {
            Expr answer = math.parse(quiz.answer().text());
            return UnknownNames.in(expr, answer, math).map(Verdict.class::cast)
                    .orElseGet(() -> compare(quiz, math, expr, answer));
        } catch (MathException beyondLimits) {
            return Grader.cannotCheck(beyondLimits);
        }
    }

    /** The first defined name, call or derivative in {@code expr}: shorthand the learner should work out. */
    private static Optional<Expr> nameToWriteOut(Expr expr, LessonMath math) {
        boolean defined = expr instanceof Var variable && math.definitions().lookup(variable.name()).isPresent();
        if (defined || expr instanceof Call || expr instanceof Derivative) {
            return Optional.of(expr);
        }
        return expr.children().stream().map(child -> nameToWriteOut(child, math)).flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * Right (in the required form) first, then a known mistake, then how the two differ. The right value in another
     * form than the one asked for is no mistake to count: the learner is told the form and tries again.
     */
    private static Verdict compare(Quiz.ExpressionQuiz quiz, LessonMath math, Expr typed, Expr answer) {
        if (Algebra.equivalent(typed, answer, math.definitions())) {
            return quiz.expanded() && !Forms.isExpanded(typed) ? Invalid.saying(NOT_EXPANDED) : new Verdict.Correct();
        }
        for (Mistake mistake : quiz.mistakes()) {
            if (Algebra.equivalent(typed, math.parse(mistake.answer().text()), math.definitions())) {
                return Wrong.because(mistake.explanation());
            }
        }
        return Difference.between(typed, answer, math);
    }
}
