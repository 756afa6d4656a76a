package dev.nudge.step.derive;

import dev.nudge.math.Definitions;
import dev.nudge.math.Derivation;
import dev.nudge.math.Expr;
import dev.nudge.math.Rational;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a derive step arrives at the derivative: from the nudge ratio as the nudge shrinks, by the rules on the
 * expanded polynomial, or by the chain rule through a composed function.
 */
public enum DeriveMethod {
    /** {@code (L(x + h) - L(x)) / h}, multiplied out and cancelled, as {@code h} shrinks to 0. */
    LIMIT("limit") {
        @Override
        Derivation derive(String name, Expr expr, String variable, Definitions definitions,
                Map<String, Rational> values) {
            return Derivation.ofNudgeRatio(name, expr, variable, definitions);
        }
    },
    /** The sum rule, then the power, constant factor and constant rules, term by term, other variables held still. */
    RULES("rules") {
        @Override
        Derivation derive(String name, Expr expr, String variable, Definitions definitions,
                Map<String, Rational> values) {
            return Derivation.ofRules(expr, variable, definitions);
        }
    },
    /**
     * The outermost operation first, one rule per line (the chain rule, the sum rule, the ReLU rule, ...), without
     * multiplying out; then, given values, the result's number.
     */
    CHAIN("chain") {
        @Override
        Derivation derive(String name, Expr expr, String variable, Definitions definitions,
                Map<String, Rational> values) {
            return Derivation.ofChainRule(expr, variable, definitions, values);
        }

        @Override
        boolean takesValues() {
            return true;
        }
    };

    private final String written;

    DeriveMethod(String written) {
        this.written = written;
    }

    /**
     * The derivation of {@code d name / d variable}, where {@code name} stands for {@code expr}, ending at its value
     * at {@code values} when there are any and the method {@linkplain #takesValues() takes them}.
     */
    abstract Derivation derive(String name, Expr expr, String variable, Definitions definitions,
            Map<String, Rational> values);

    /** Whether the derivation can go on to the derivative's value ({@code at:}). */
    boolean takesValues() {
        return false;
    }

    /** The method as authors write it after {@code method:}. */
    public String written() {
        return written;
    }

    /** The message key of the heading above the derivation. */
    String heading() {
        return "derive.heading." + written;
    }

    static Optional<DeriveMethod> of(String written) {
        return Arrays.stream(values()).filter(method -> method.written.equals(written)).findFirst();
    }

    static List<String> names() {
        return Arrays.stream(values()).map(DeriveMethod::written).toList();
    }
}
