package dev.nudge.tutor;

import dev.nudge.lesson.Choice;
import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.Quiz;
import dev.nudge.tutor.Verdict.Invalid;
import dev.nudge.tutor.Verdict.Wrong;

/**
 * Grades the answers to quizzes. Pure and total: whatever a learner types or pastes, each method returns a verdict
 * and never throws, and input that is no answer at all is {@link Invalid} rather than wrong.
 */
public final class Grader {
    /** A lesson's answer that does not compute, or a typed answer past the engine's limits. */
    static final String CANNOT_CHECK = "quiz.cannotCheck";
    private static final String NO_SUCH_CHOICE = "quiz.noSuchChoice";
    private static final String EMPTY_NUMBER = "quiz.emptyNumber";
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

    /** The verdict on {@code typed} as a number: a constant such as {@code 9.006001}, {@code 11/3} or {@code 1e-3}. */
    public static Verdict number(Quiz.NumberQuiz quiz, LessonMath math, String typed) {
        return TypedAnswer.problem(typed, EMPTY_NUMBER)
                .orElseGet(() -> NumberGrading.grade(quiz, math, typed.strip()));
    }

    /** The verdict on {@code typed} as an expression, such as {@code 2P_1 + 4}, graded by equivalence. */
    public static Verdict expression(Quiz.ExpressionQuiz quiz, LessonMath math, String typed) {
        return TypedAnswer.problem(typed, EMPTY_EXPRESSION)
                .orElseGet(() -> ExpressionGrading.grade(quiz, math, typed.strip()));
    }
}
