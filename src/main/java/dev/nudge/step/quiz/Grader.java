package dev.nudge.step.quiz;

import dev.nudge.lesson.LessonMath;
import dev.nudge.math.MathException;
import dev.nudge.step.CheckingBudget;
import dev.nudge.step.TypedAnswer;
import dev.nudge.step.Verdict.Invalid;
import dev.nudge.step.Verdict.Wrong;
import dev.nudge.step.Verdict;
import java.util.function.Supplier;

/**
 * Grades the answers to quizzes. Pure and total: whatever a learner types or pastes, each method returns a verdict
 * and never throws, and input that is no answer at all is {@link Invalid} rather than wrong.
 */
public final class Grader {
    /** A lesson's answer that does not compute. */
    static final String CANNOT_CHECK = TypedAnswer.CANNOT_CHECK;
    /** A typed answer past the engine's limits or the work one answer may cost. */
    static final String TOO_LARGE = TypedAnswer.TOO_LARGE;
    private static final String NO_SUCH_CHOICE = "quiz.noSuchChoice";
    private static final String EMPTY_EXPRESSION = "quiz.emptyExpression";

    private Grader() {
    }

    /** The verdict on choosing the choice at {@code index} (counted from 0). */
    public static Verdict choice(Quiz.ChoiceQuiz quiz, int index) {
        if (index < 0 || index >= quiz.choices().size()) {
            return Invalid.saying(NO_SUCH_CHOICE, String.valueOf(quiz.choices().size()));
        }
        Choice chosen = quiz.choices().get(index);
        return chosen.right() ? new Verdict.Correct() : Wrong.because(chosen.whyWrong());
    }

    /**
     * The verdict on {@code typed} as a number: a constant such as {@code 9.006001}, {@code 11/3} or {@code 1e-3}.
     * Checking it costs at most {@link CheckingBudget#PER_ANSWER} steps.
     */
    public static Verdict number(Quiz.NumberQuiz quiz, LessonMath math, String typed) {
        return NumberGrading.grade(quiz, math, typed);
    }

    /**
     * The verdict on {@code typed} as an expression, such as {@code 2P_1 + 4}, graded by equivalence. Checking it
     * costs at most {@link CheckingBudget#PER_ANSWER} steps.
     */
    public static Verdict expression(Quiz.ExpressionQuiz quiz, LessonMath math, String typed) {
        return TypedAnswer.problem(typed, EMPTY_EXPRESSION)
                .orElseGet(() -> bounded(() -> ExpressionGrading.grade(quiz, math, typed.strip())));
    }

    /** Why an answer could not be checked: too large for the engine, or the lesson's own math does not compute. */
    static Invalid cannotCheck(MathException problem) {
        return TypedAnswer.cannotCheck(problem);
    }

    private static Verdict bounded(Supplier<Verdict> grading) {
        return TypedAnswer.bounded(grading);
    }
}
