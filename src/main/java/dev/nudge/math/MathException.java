package dev.nudge.math;

/**
 * The one error the math engine reports, so callers handle a single type: a bad input, a value
 * that is missing, or a limit that was reached. Where the problem has a place in the input it
 * carries the column and shows the excerpt with a caret under it.
 */
public final class MathException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int EXCERPT_RADIUS = 30;

    private final String problem;
    private final String input;
    private final int column;
    private final boolean limit;

    /** A problem located at {@code column} (1-based) of {@code input}. */
    public MathException(String problem, String input, int column) {
        this(problem, input, column, false);
    }

    private MathException(String problem, String input, int column, boolean limit) {
        super(problem);
        this.problem = problem;
        this.input = input == null ? "" : input;
        this.column = Math.max(0, column);
        this.limit = limit;
    }

    /** A problem without a place in any input (a missing value, a limit during computation). */
    public MathException(String problem) {
        this(problem, "", 0);
    }

    /**
     * A computation stopped at one of the engine's {@link Limits} or its {@link Work} budget: the input may be right
     * but is too large to work out, which a grader says differently from a mistake.
     */
    public static MathException beyondLimit(String problem) {
        return new MathException(problem, "", 0, true);
    }

    /** Whether this is a limit reached ({@link #beyondLimit}) rather than a bad or undefined input. */
    public boolean isLimit() {
        return limit;
    }

    /** The problem in plain words, without the excerpt. */
    public String problem() {
        return problem;
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
