package dev.nudge.step.derive;

import dev.nudge.lesson.Binding;
import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.ProseBlock;
import dev.nudge.lesson.SourceText;
import dev.nudge.lesson.StepFigures;
import dev.nudge.math.Derivation;
import dev.nudge.math.Derivative;
import dev.nudge.math.Equation;
import dev.nudge.math.Expr;
import dev.nudge.math.Reason;
import dev.nudge.math.RewriteStep;
import dev.nudge.math.Var;
import dev.nudge.step.StepContext;
import dev.nudge.step.StepSession;
import dev.nudge.step.TaughtStep;
import java.util.List;
import java.util.Optional;

/**
 * The learner walks through the derivative of one of the lesson's definitions, worked out by the engine a line at a
 * time, each rewrite with its reason: the derivation shows where a rule comes from before the rule is used.
 *
 * @param of the defined name to differentiate, such as {@code Loss}
 * @param by the parameter to differentiate by, such as {@code P_1}
 * @param method from the nudge ratio, by the rules or by the chain rule
 * @param at the values at which the derivation also works out the derivative's number, over the lesson's parameters
 *     ({@code at: params} for those alone), if it does
 */
public record DeriveStep(String id, String title, int line, List<ProseBlock> prose, SourceText of, SourceText by,
        DeriveMethod method, Optional<List<Binding>> at) implements TaughtStep {
    public DeriveStep {
        prose = List.copyOf(prose);
        at = at.map(List::copyOf);
    }

    @Override
    public String kind() {
        return DeriveKind.NAME;
    }

    @Override
    public boolean scored() {
        return false;
    }

    @Override
    public void check(StepFigures figures) {
        if (figures.attempt(by, () -> DeriveMath.variable(figures.math(), this)).isEmpty()) {
            return;
        }
        figures.attempt(of, () -> DeriveMath.of(figures.math(), this)).ifPresent(derivation -> {
            figures.add(derivation.steps().size() + " steps");
            figures.add(derivation.result());
        });
    }

    @Override
    public StepSession start(StepContext context) {
        return DeriveSession.start(this, derivation(context.math()));
    }

    /** The derivation the step walks through; throws {@code MathException} if the block does not compute. */
    public Derivation derivation(LessonMath math) {
        return DeriveMath.of(math, this);
    }

    /** The derivative as the last line shows it: {@code dLoss/dP_1 = 2P_1 + 4}, before any values are put in. */
    public Expr result(Derivation derivation) {
        var slope = new Derivative(new Var(of.text()), new Var(LessonMath.variableName(by.text())), false);
        return new Equation(List.of(slope, derivative(derivation).expression()));
    }

    /** The derivative's number at the {@code at:} values, when the block asks for it. */
    public Optional<Expr> value(Derivation derivation) {
        return at.map(values -> derivation.result());
    }

    private RewriteStep derivative(Derivation derivation) {
        var steps = derivation.steps();
        int substituted = steps.stream().map(RewriteStep::reason).toList().lastIndexOf(Reason.SUBSTITUTE_VALUES);
        return at.isPresent() && substituted > 0 ? steps.get(substituted - 1) : steps.get(steps.size() - 1);
    }
}
