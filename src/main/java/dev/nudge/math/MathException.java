package dev.nudge.math;

import java.util.Arrays;
import java.util.List;

/**
 * The one error the math engine reports, so callers handle a single type: a bad input, a value that is missing, or
 * a limit that was reached. It names its {@link MathProblem} and that problem's arguments, so the tutor can say it
 * in the learner's language; where the problem has a place in the input it carries the column and shows the excerpt
 * with a caret under it.
 */
public final class MathException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int EXCERPT_RADIUS = 30;

    private final MathProblem reason;
    private final List<String> arguments;
    private final String input;
    private final int column;

    private MathException(MathProblem reason, List<String> arguments, String input, int column) {
        super(reason.english(arguments));
        this.reason = reason;
        this.arguments = List.copyOf(arguments);
        this.input = input == null ? "" : input;
        this.column = Math.max(0, column);
    }

    /** A problem located at {@code column} (1-based) of {@code input}, in a text of the caller's own. */
    public MathException(String problem, String input, int column) {
        this(MathProblem.DESCRIBED, List.of(problem), input, column);
    }

    /** A problem without a place in any input, in a text of the caller's own. */
    public MathException(String problem) {
        this(problem, "", 0);
    }

    /** The engine's {@code reason}, with its arguments, without a place in any input. */
    public static MathException of(MathProblem reason, Object... arguments) {
        return new MathException(reason, texts(arguments), "", 0);
    }

    /** The engine's {@code reason}, with its arguments, at {@code column} (1-based) of {@code input}. */
    public static MathException at(String input, int column, MathProblem reason, Object... arguments) {
        return new MathException(reason, texts(arguments), input, column);
    }

    /** The same problem, placed at {@code column} of {@code source}. */
    public MathException locatedAt(String source, int place) {
        return new MathException(reason, arguments, source, place);
    }

    private static List<String> texts(Object... arguments) {
        return Arrays.stream(arguments).map(String::valueOf).toList();
    }

    /** Whether this is a limit reached rather than a bad or undefined input. */
    public boolean isLimit() {
        return reason.isLimit();
    }

    /** Which problem this is, for a text in the reader's language. */
    public MathProblem reason() {
        return reason;
    }

    /** The arguments of {@link #reason()}'s text: names, numbers and excerpts of the input. */
    public List<String> arguments() {
        return arguments;
    }

    /** The problem in plain English words, without the excerpt. */
    public String problem() {
        return reason.english(arguments);
    }

    /** The 1-based column of the problem, or 0 when it has no place in the input. */
    public int column() {
        return column;
    }

    /** The text that was being read, or the empty string. */
    public String input() {
        return input;
    }

    /** The problem, then the excerpt of the input and a caret under the column. */
    @Override
    public String getMessage() {
        String problem = problem();
        if (column == 0) {
            return problem;
        }
        int start = Math.max(0, column - 1 - EXCERPT_RADIUS);
        int end = Math.min(input.length(), column - 1 + EXCERPT_RADIUS);
        String prefix = start > 0 ? "..." : "";
        String suffix = end < input.length() ? "..." : "";
        String excerpt = prefix + input.substring(start, end).replaceAll("\\s", " ") + suffix;
        String caret = " ".repeat(prefix.length() + column - 1 - start) + "^";
        return problem + "\n  " + excerpt + "\n  " + caret;
    }
}
