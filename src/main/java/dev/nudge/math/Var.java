package dev.nudge.math;

import java.util.regex.Pattern;

/** A variable such as {@code x}, {@code Loss} or {@code P_1}; the name is canonical ({@code P1} and {@code P_{1}} both become {@code P_1}). */
public record Var(String name) implements Expr {
    public Var {
        if (name == null || !NAME.matcher(name).matches()) {
            throw MathException.of(MathProblem.NOT_A_VARIABLE_NAME, name);
        }
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z]+(_[A-Za-z0-9]+)?");

    /** The letters before the subscript: {@code P} for {@code P_1}. */
    public String base() {
        int underscore = name.indexOf('_');
        return underscore < 0 ? name : name.substring(0, underscore);
    }

    /** The subscript, or the empty string: {@code 1} for {@code P_1}. */
    public String subscript() {
        int underscore = name.indexOf('_');
        return underscore < 0 ? "" : name.substring(underscore + 1);
    }

    /** The variable named {@code base} with {@code subscript} (none when empty). */
    public static Var of(String base, String subscript) {
        return new Var(subscript.isEmpty() ? base : base + "_" + subscript);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitVar(this);
    }
}
