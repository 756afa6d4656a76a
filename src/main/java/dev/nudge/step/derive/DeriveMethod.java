package dev.nudge.step.derive;

import dev.nudge.math.Definitions;
import dev.nudge.math.Derivation;
import dev.nudge.math.Expr;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How a derive step arrives at the derivative: from the nudge ratio as the nudge shrinks, or by the rules. */
public enum DeriveMethod {
    /** {@code (L(x + h) - L(x)) / h}, multiplied out and cancelled, as {@code h} shrinks to 0. */
    LIMIT("limit") {
        @Override
        Derivation derive(String name, Expr expr, String variable, Definitions definitions) {
            return Derivation.ofNudgeRatio(name, expr, variable, definitions);
        }
    },
    /** The sum rule, then the power, constant factor and constant rules, term by term. */
    RULES("rules") {
        @Override
        Derivation derive(String name, Expr expr, String variable, Definitions definitions) {
            return Derivation.ofRules(expr, variable, definitions);
        }
    };

    private final String written;

    DeriveMethod(String written) {
        this.written = written;
    }

    /** The derivation of {@code d name / d variable}, where {@code name} stands for {@code expr}. */
    abstract Derivation derive(String name, Expr expr, String variable, Definitions definitions);

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
