package dev.nudge.tutor;

import java.util.Optional;

/**
 * The checks every typed answer passes before the math engine reads it: not empty, not too long, nothing that
 * cannot be typed. Space, tabs and line breaks around the answer do not count.
 */
final class TypedAnswer {
    private static final String TOO_LONG = "quiz.tooLong";
    private static final String UNPRINTABLE = "quiz.unprintable";

    private TypedAnswer() {
    }

    /** Why {@code typed} is no answer at all, or empty when it may be graded. */
    static Optional<Verdict> problem(String typed, String emptyKey) {
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
}
