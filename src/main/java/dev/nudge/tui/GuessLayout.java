package dev.nudge.tui;

import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.Step;
import dev.nudge.math.Equation;
import dev.nudge.math.MathException;
import dev.nudge.math.Var;
import dev.nudge.tutor.Direction;
import dev.nudge.tutor.GuessReveal;
import dev.nudge.tutor.GuessSession;
import dev.nudge.tutor.RevealStage;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of a guess step below its prose: the model, data and current loss; a row per parameter with the
 * learner's choice; then, stage by stage, the reveal the derivative gives and the verdict on the guess.
 */
final class GuessLayout {
    private static final String LOSS = "Loss";

    private final Drawing d;
    private final ProseLayout prose;
    private final LessonMath math;
    private final Step.GuessStep step;
    private final GuessSession guess;
    private final MathText text;
    private final List<Line> lines = new ArrayList<>();

    GuessLayout(Drawing d, ProseLayout prose, LessonMath math, Step.GuessStep step, GuessSession guess) {
        this.d = d;
        this.prose = prose;
        this.math = math;
        this.step = step;
        this.guess = guess;
        this.text = new MathText(d.glyphs());
    }

    List<Line> lines() {
        context();
        choices();
        HintLines.add(lines, d, prose, step.hints(), guess.hints());
        try {
            reveal(RevealCache.of(guess, math));
        } catch (MathException e) {
            lines.add(Line.of(d.text("guess.cannotCompute", e.problem()), Tone.BAD));
        }
        return lines;
    }

    private void context() {
        lines.add(Line.EMPTY);
        var model = math.definitions().all().stream().filter(def -> def.isFunction()).findFirst();
        model.ifPresent(def -> labelled("guess.model", Line.of(text.expr(def.asEquation()), Tone.MATH)));
        if (!step.points().isEmpty()) {
            var stepPoints = new ArrayList<String>();
            step.points().forEach(p -> stepPoints.add("(" + prose.formula(p.x().text()) + ", " + prose.formula(p.y().text()) + ")"));
            labelled("guess.data", Line.of(String.join(", ", stepPoints), Tone.MATH));
        }
        var now = new ArrayList<String>();
        guess.math().values().forEach((name, value) -> now.add(text.name(name) + " = " + text.value(value)));
        labelled("guess.now", Line.of(String.join(", ", now), Tone.MATH)
                .plus("   " + d.text("guess.loss") + " = ", Tone.TEXT)
                .plus(text.value(guess.math().lossValue()), Tone.NUMBER));
    }

    private void labelled(String key, Line value) {
        var label = d.text(key);
        int width = 8;
        var padded = label + " ".repeat(Math.max(1, width - Canvas.width(label)));
        lines.add(Line.of(padded, Tone.MUTED).plusAll(value));
    }

    private void choices() {
        lines.add(Line.EMPTY);
        var names = guess.parameters();
        int nameWidth = names.stream().mapToInt(n -> Canvas.width(text.name(n))).max().orElse(0);
        for (int i = 0; i < names.size(); i++) {
            boolean selected = i == guess.selected() && guess.stage() == RevealStage.CHOOSING;
            var name = text.name(names.get(i));
            var row = Line.of(selected ? "> " : "  ", Tone.KEY)
                    .plus(name + " ".repeat(nameWidth - Canvas.width(name) + 2), Tone.MATH);
            for (var direction : List.of(Direction.DOWN, Direction.NONE, Direction.UP)) {
                boolean chosen = guess.choices().get(i) == direction;
                var label = "[" + d.text("guess." + direction.name().toLowerCase(java.util.Locale.ROOT)) + "]";
                row = row.plus(label, chosen ? Tone.SELECTED : Tone.MUTED).plus("  ", Tone.TEXT);
            }
            var proposal = guess.proposed().get(i);
            if (proposal.isPresent()) {
                row = row.plus("= ", Tone.MUTED).plus(text.value(proposal.get()), Tone.NUMBER);
            }
            lines.add(row);
            if (i == guess.selected() && guess.valueField().isPresent()) {
                var label = "    " + d.text("guess.valueFor", name) + " ";
                var field = guess.valueField().get();
                lines.add(Line.of(label, Tone.TEXT).plus(field.text() + " ", Tone.SELECTED)
                        .withCursor(Canvas.width(label) + Canvas.width(field.text().substring(0, field.cursor()))));
            }
        }
        if (guess.stage() == RevealStage.CHOOSING) {
            lines.add(Line.EMPTY);
            lines.addAll(prose.labelled("", Tone.TEXT, List.of(new Segment(d.text("guess.howTo"), Tone.MUTED))));
        }
    }

    private void reveal(GuessReveal reveal) {
        var stage = guess.stage();
        if (RevealStage.LOSS.shownAt(stage)) {
            heading("reveal.loss");
            lines.addAll(prose.expression(new Equation(List.of(new Var(LOSS), reveal.loss()))));
        }
        if (RevealStage.EXPANSION.shownAt(stage)) {
            heading("reveal.expansion");
            new DerivationLines(d, prose, text).add(lines, reveal.expansion());
        }
        if (RevealStage.DERIVATIVES.shownAt(stage)) {
            heading("reveal.derivatives");
            reveal.parameters().forEach(this::derivative);
        }
        if (RevealStage.NUDGE.shownAt(stage)) {
            heading("reveal.nudge");
            reveal.parameters().forEach(this::nudge);
        }
        if (RevealStage.UPDATE.shownAt(stage)) {
            heading("reveal.update");
            reveal.parameters().forEach(this::update);
            lines.addAll(prose.labelled("", Tone.TEXT, List.of(new Segment(
                    d.text("reveal.rateKeys", d.glyphs().rate, text.value(guess.rate())), Tone.MUTED))));
        }
        if (RevealStage.CHANGE.shownAt(stage)) {
            heading("reveal.change");
            change(reveal);
        }
        if (RevealStage.VERDICT.shownAt(stage)) {
            heading("reveal.verdict");
            new VerdictLines(d, prose, text).add(lines, reveal);
        }
        if (stage != RevealStage.CHOOSING && stage != RevealStage.VERDICT) {
            lines.add(Line.EMPTY);
            lines.add(Line.of(d.text("reveal.more"), Tone.KEY));
        }
    }

    private void heading(String key) {
        lines.add(Line.EMPTY);
        lines.add(Line.of(d.text(key), Tone.HEADING));
    }

    private void derivative(GuessReveal.ParameterReveal p) {
        var formula = text.expr(p.derivative());
        var line = Line.of(text.slopeName(LOSS, p.name()) + " = ", Tone.MATH);
        // A constant derivative is its own value: "dLoss/dP₀ = 0", not "= 0 = 0".
        if (!formula.equals(text.value(p.slope()))) {
            line = line.plus(formula + " = ", Tone.MATH);
        }
        lines.add(line.plus(text.value(p.slope()), Tone.NUMBER));
    }

    private void nudge(GuessReveal.ParameterReveal p) {
        var nudge = p.nudge();
        var change = nudge.change();
        String line;
        if (change.signum() == 0) {
            line = d.text("reveal.nudgeSame", text.name(p.name()), text.value(nudge.from().add(nudge.step())),
                    text.value(nudge.after()));
        } else {
            line = d.text(change.signum() > 0 ? "reveal.nudgeRise" : "reveal.nudgeFall", text.name(p.name()),
                    text.value(nudge.from().add(nudge.step())), text.value(nudge.after()), text.value(change.abs()),
                    text.value(nudge.ratio().abs()), text.value(nudge.step()), text.value(p.slope()));
        }
        lines.addAll(prose.labelled("", Tone.TEXT, List.of(new Segment(line, Tone.TEXT))));
    }

    private void update(GuessReveal.ParameterReveal p) {
        var name = text.name(p.name());
        var rate = d.glyphs().rate;
        var times = text.times();
        lines.add(Line.of(name + " " + d.glyphs().assign + " " + name + " - " + rate + " " + times + " "
                + text.slopeName(LOSS, p.name()) + " = " + text.value(p.before()) + " - " + text.value(guess.rate())
                + " " + times + " " + text.factor(p.slope()) + " = ", Tone.MATH).plus(text.value(p.after()), Tone.NUMBER));
    }

    private void change(GuessReveal reveal) {
        var change = reveal.change();
        var tone = change.signum() < 0 ? Tone.GOOD : change.signum() > 0 ? Tone.BAD : Tone.TEXT;
        lines.add(Line.of(d.text("reveal.before") + " ", Tone.TEXT).plus(text.value(reveal.lossBefore()), Tone.NUMBER)
                .plus("   " + d.text("reveal.after") + " ", Tone.TEXT).plus(text.value(reveal.lossAfter()), Tone.NUMBER)
                .plus("   " + d.text("reveal.changed") + " ", Tone.TEXT)
                .plus((change.signum() > 0 ? "+" : "") + text.value(change), tone));
    }
}
