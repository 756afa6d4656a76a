package dev.nudge.step.guess;

import dev.nudge.lesson.Binding;
import dev.nudge.lesson.Hints;
import dev.nudge.lesson.Point;
import dev.nudge.lesson.ProseBlock;
import dev.nudge.lesson.SourceText;
import dev.nudge.lesson.StepFigures;
import dev.nudge.lesson.TermUse;
import dev.nudge.step.StepContext;
import dev.nudge.step.StepSession;
import dev.nudge.step.TaughtStep;
import java.util.List;
import java.util.Optional;

/**
 * The learner guesses which way each parameter should move; the tutor then reveals the update the derivative gives,
 * or as many stages of it as {@code plan} shows (the ones the course has taught by then).
 */
public record GuessStep(String id, String title, int line, List<ProseBlock> prose, Optional<SourceText> loss,
        List<Point> points, List<Binding> parameters, SourceText rate, Optional<SourceText> nudge, RevealPlan plan, Hints hints)
        implements TaughtStep {
    /** Why a reveal cannot show the expansion of a loss through relu, and what to write instead. */
    static final String EXPANSION_REFUSED = "the reveal stage \"expansion\" cannot be shown: this loss goes through"
            + " relu, which is a different line on each side of 0 and does not multiply out; leave \"expansion\" out,"
            + " as in reveal: loss, derivatives, nudge, update, change";

    public GuessStep {
        prose = List.copyOf(prose);
        points = List.copyOf(points);
        parameters = List.copyOf(parameters);
    }

    @Override
    public String kind() {
        return GuessKind.NAME;
    }

    @Override
    public boolean scored() {
        return false;
    }

    @Override
    public void check(StepFigures figures) {
        figures.texts(hints);
        figures.positive(rate, "the learning rate");
        nudge.ifPresent(n -> figures.positive(n, "the nudge"));
        boolean nothingToMeasure = loss.isEmpty() && points.isEmpty();
        if (nothingToMeasure || !figures.bindings(parameters) || figures.points(points).isEmpty()) {
            return;
        }
        var math = figures.math();
        var computed = loss.isPresent() ? figures.attempt(loss.get(), () -> GuessMath.of(math, this))
                : figures.attemptOnLine(line, "the loss over the step's points", () -> GuessMath.of(math, this));
        computed.ifPresent(reveal -> {
            figures.add(reveal.lossValue());
            reveal.slopes().values().forEach(figures::add);
            if (!reveal.expandable()) {
                plan.expansionWord().ifPresent(word -> figures.report(word, EXPANSION_REFUSED));
            }
        });
    }

    /**
     * The stages this guess reveals with {@code math}: its plan, without the expansion when the loss has none (a loss
     * through relu does not multiply out; the checker tells an author who names it, and a run leaves it out).
     */
    public RevealPlan plan(GuessMath math) {
        return math.expandable() ? plan : plan.withoutExpansion();
    }

    @Override
    public List<TermUse> uses() {
        return plan.uses();
    }

    @Override
    public StepSession start(StepContext context) {
        var math = context.math();
        return GuessSession.start(this, GuessMath.of(math, this), math.evaluate(rate.text(), List.of()));
    }
}
