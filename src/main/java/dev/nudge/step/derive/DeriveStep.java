package dev.nudge.step.derive;

import dev.nudge.lesson.ProseBlock;
import dev.nudge.lesson.SourceText;
import dev.nudge.lesson.StepFigures;
import dev.nudge.step.StepContext;
import dev.nudge.step.StepSession;
import dev.nudge.step.TaughtStep;
import java.util.List;

/**
 * The learner walks through the derivative of one of the lesson's definitions, worked out by the engine a line at a
 * time, each rewrite with its reason: the derivation shows where a rule comes from before the rule is used.
 *
 * @param of the defined name to differentiate, such as {@code Loss}
 * @param by the parameter to differentiate by, such as {@code P_1}
 * @param method from the nudge ratio or by the rules
 */
public record DeriveStep(String id, String title, int line, List<ProseBlock> prose, SourceText of, SourceText by,
        DeriveMethod method) implements TaughtStep {
    public DeriveStep {
        prose = List.copyOf(prose);
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
        figures.attempt(of, () -> DeriveMath.of(figures.math(), this)).ifPresent(derivation -> {
            figures.add(derivation.steps().size() + " steps");
            figures.add(derivation.result());
        });
    }

    @Override
    public StepSession start(StepContext context) {
        return DeriveSession.start(this, DeriveMath.of(context.math(), this));
    }
}
