package dev.nudge.step.guess;

import dev.nudge.layout.Line;
import dev.nudge.layout.MathText;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Segment;
import dev.nudge.layout.Tone;
import dev.nudge.layout.Width;
import dev.nudge.layout.Writing;
import dev.nudge.math.Equation;
import dev.nudge.math.Rational;
import dev.nudge.math.Var;
import dev.nudge.step.DerivationLines;
import dev.nudge.step.Instructions;
import dev.nudge.step.UpdateLines;
import java.util.ArrayList;
import java.util.List;

/**
 * The reveal of a guess as lines, up to the stage reached and only the stages its plan shows: the loss, its expansion
 * with reasons, the derivatives, the nudge check, the update, the change in the loss and the verdict.
 */
final class RevealLines {
    private static final String LOSS = "Loss";

    private final Writing d;
    private final ProseLayout prose;
    private final MathText text;
    private final GuessReveal reveal;
    private final RevealPlan plan;
    private final Rational rate;
    private final boolean everyStep;
    private List<Line> lines;

    private RevealLines(Writing d, ProseLayout prose, GuessReveal reveal, RevealPlan plan, Rational rate,
            boolean everyStep) {
        this.d = d;
        this.everyStep = everyStep;
        this.plan = plan;
        this.prose = prose;
        this.text = new MathText(d.glyphs());
        this.reveal = reveal;
        this.rate = rate;
    }

    /**
     * A stage laid out, and what its lines depend on besides the reveal: for the expansion, also whether every step
     * is shown (the other stages do not change with it, so {@code d} lays out only the expansion again).
     */
    private record LaidOut(RevealStage stage, Writing writing, int width, boolean flat, boolean everyStep) {
    }

    /**
     * The reveal's lines up to {@code stage}, at the learning rate {@code rate}, with every step of a grouped
     * expansion when {@code everyStep}. Each stage is laid out when it is
     * first shown and kept with the reveal, so a key lays out only the stage it adds.
     */
    static List<Line> of(Writing d, ProseLayout prose, GuessSession.Revealed revealed, GuessReveal reveal,
            RevealPlan plan, RevealStage stage, Rational rate, boolean everyStep) {
        var layout = new RevealLines(d, prose, reveal, plan, rate, everyStep);
        var shown = new ArrayList<Line>();
        for (var each : RevealStage.values()) {
            if (each.shownAt(stage) && plan.shows(each)) {
                var laidOut = new LaidOut(each, d, prose.width(), prose.flat(),
                        each == RevealStage.EXPANSION && everyStep);
                shown.addAll(revealed.stage(laidOut, () -> layout.stage(each)));
            }
        }
        if (stage != RevealStage.CHOOSING && stage != RevealStage.VERDICT) {
            shown.add(Line.EMPTY);
            shown.add(Line.of(d.text("reveal.more"), Tone.KEY));
        }
        return shown;
    }

    /** The lines {@code stage} adds. */
    private List<Line> stage(RevealStage stage) {
        lines = new ArrayList<>();
        add(stage);
        return lines;
    }

    private void add(RevealStage stage) {
        switch (stage) {
            case CHOOSING -> {
            }
            case LOSS -> {
                heading(stage, "reveal.loss");
                lines.addAll(prose.expression(new Equation(List.of(new Var(LOSS), reveal.loss()))));
            }
            case EXPANSION -> {
                heading(stage, "reveal.expansion");
                reveal.grouped().ifPresentOrElse(
                        grouped -> new GroupedExpansionLines(d, prose).add(lines, grouped, everyStep),
                        () -> reveal.expansion().ifPresent(expansion -> new DerivationLines(d, prose).add(lines, expansion)));
            }
            case DERIVATIVES -> {
                heading(stage, "reveal.derivatives");
                int before = lines.size();
                boolean whole = true;
                for (var p : reveal.parameters()) {
                    whole &= derivative(p);
                }
                if (!whole) {
                    lines.addAll(before, prose.labelled("", Tone.TEXT, List.of(new Segment(
                            d.text("reveal.derivativesValuesOnly"), Tone.MUTED))));
                }
            }
            case NUDGE -> {
                heading(stage, "reveal.nudge");
                new NudgeTable(d, prose, text).lines(reveal.parameters(), plan.shows(RevealStage.DERIVATIVES))
                        .ifPresentOrElse(lines::addAll, () -> reveal.parameters().forEach(this::nudge));
            }
            case UPDATE -> {
                heading(stage, "reveal.update");
                reveal.parameters().forEach(this::update);
                lines.addAll(prose.labelled("", Tone.TEXT, List.of(new Segment(
                        d.text(Instructions.key(prose, "reveal.rateKeys"), d.glyphs().rate, text.value(rate)), Tone.MUTED))));
            }
            case CHANGE -> {
                heading(stage, "reveal.change");
                change();
            }
            case VERDICT -> {
                heading(stage, "reveal.verdict");
                new VerdictLines(d, prose, text).add(lines, reveal, plan, rate);
            }
        }
    }

    /** A stage's heading, numbered among the stages this guess shows. */
    private void heading(RevealStage stage, String key) {
        lines.add(Line.EMPTY);
        lines.add(Line.of(plan.number(stage) + ". " + d.text(key), Tone.HEADING));
    }

    /** Adds {@code p}'s derivative and its value; says whether the formula is written out too. */
    private boolean derivative(GuessReveal.ParameterReveal p) {
        var formula = text.expr(p.derivative());
        var value = text.value(p.slope());
        var line = Line.of(text.slopeName(LOSS, p.name()) + " = ", Tone.MATH);
        // A constant derivative is its own value: "dLoss/dP₀ = 0", not "= 0 = 0". A formula wider than the screen
        // (through a network's relus, each derivative runs to several lines) gives way to its value alone.
        boolean constant = formula.equals(value);
        boolean fits = line.width() + Width.columns(formula + " = " + value) <= prose.width();
        if (!constant && fits) {
            line = line.plus(formula + " = ", Tone.MATH);
        }
        lines.add(line.plus(value, Tone.NUMBER));
        return constant || fits;
    }

    private void nudge(GuessReveal.ParameterReveal p) {
        var nudge = p.nudge();
        var change = nudge.change();
        String line;
        if (change.signum() == 0) {
            line = d.text("reveal.nudgeSame", text.name(p.name()), text.value(nudge.from().add(nudge.step())),
                    text.value(nudge.after()));
        } else {
            // Without the derivatives on screen, the ratio is not compared with a slope the learner has not seen.
            var key = (change.signum() > 0 ? "reveal.nudgeRise" : "reveal.nudgeFall")
                    + (plan.shows(RevealStage.DERIVATIVES) ? "" : ".noSlope");
            line = d.text(key, text.name(p.name()),
                    text.value(nudge.from().add(nudge.step())), text.value(nudge.after()), text.value(change.abs()),
                    text.value(nudge.ratio()), text.value(nudge.step()), text.value(p.slope()));
        }
        lines.addAll(prose.labelled("", Tone.TEXT, List.of(new Segment(line, Tone.TEXT))));
    }

    private void update(GuessReveal.ParameterReveal p) {
        lines.add(UpdateLines.update(d, LOSS, p.name(), p.before(), rate, p.slope(), p.after()));
    }

    private void change() {
        lines.add(UpdateLines.change(d, reveal.lossBefore(), reveal.lossAfter()));
    }
}
