package dev.nudge.step;

import dev.nudge.math.MathException;
import dev.nudge.math.Work;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The checks every typed answer passes before the math engine reads it: not empty, not too long, nothing that
 * cannot be typed. Space, tabs and line breaks around the answer do not count. Then the engine's work on it is
 * bounded.
 */
public final class TypedAnswer {
    /** A lesson's answer that does not compute. */
    public static final String CANNOT_CHECK = "quiz.cannotCheck";
    /** A typed answer past the engine's limits or the work one answer may cost. */
    public static final String TOO_LARGE = "quiz.tooLarge";
    private static final String TOO_LONG = "quiz.tooLong";
    private static final String UNPRINTABLE = "quiz.unprintable";

    private TypedAnswer() {
    }

    /** Why {@code typed} is no answer at all, or empty when it may be graded. */
    public static Optional<Verdict> problem(String typed, String emptyKey) {
        String answer = typed == null ? "" : typed.strip();
        if (answer.isEmpty()) {
            return Optional.of(Verdict.Invalid.saying(emptyKey));
        }
        if (answer.length() > InputField.MAX_LENGTH) {
            return Optional.of(Verdict.Invalid.saying(TOO_LONG, String.valueOf(InputField.MAX_LENGTH)));
        }
        if (!answer.chars().allMatch(c -> InputField.accepts((char) c))) {
            return Optional.of(Verdict.Invalid.saying(UNPRINTABLE));
        }
        return Optional.empty();
    }

    /** Why an answer could not be checked: too large for the engine, or the lesson's own math does not compute. */
    public static Verdict.Invalid cannotCheck(MathException problem) {
        return Verdict.Invalid.quoting(problem.isLimit() ? TOO_LARGE : CANNOT_CHECK, problem);
    }

    /** The verdict {@code grading} gives, within the work one answer may cost ({@link CheckingBudget#PER_ANSWER}). */
    public static Verdict bounded(Supplier<Verdict> grading) {
        try {
            return Work.limitedTo(CheckingBudget.PER_ANSWER).within(CheckingBudget.TIME_PER_ANSWER).run(grading);
        } catch (MathException tooMuch) {
            return cannotCheck(tooMuch);
        }
    }
}
