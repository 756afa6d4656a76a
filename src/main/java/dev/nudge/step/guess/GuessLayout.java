package dev.nudge.step.guess;

import dev.nudge.layout.Line;
import dev.nudge.layout.MathText;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Segment;
import dev.nudge.layout.Tone;
import dev.nudge.layout.Width;
import dev.nudge.layout.Writing;
import dev.nudge.lesson.LessonMath;
import dev.nudge.step.HintLines;
import dev.nudge.step.Notice;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of a guess step below its prose: the model, data and current loss; a row per parameter with the
 * learner's choice; then, stage by stage, the reveal the derivative gives and the verdict on the guess.
 */
final class GuessLayout {
    private final Writing d;
    private final ProseLayout prose;
    private final LessonMath math;
    private final GuessStep step;
    private final GuessSession guess;
    private final MathText text;
    private final List<Line> lines = new ArrayList<>();

    GuessLayout(Writing d, ProseLayout prose, GuessSession guess) {
        this.d = d;
        this.prose = prose;
        this.math = prose.math();
        this.step = guess.step();
        this.guess = guess;
        this.text = new MathText(d.glyphs());
    }

    List<Line> lines() {
        context();
        choices();
        HintLines.add(lines, d, prose, step.hints(), guess.hints());
        guess.reveal().ifPresent(revealed -> revealed.computed().ifPresentOrElse(
                reveal -> lines.addAll(RevealLines.of(d, prose, revealed, reveal, step.plan(), guess.stage(),
                        guess.rate(), guess.everyStep())),
                () -> revealed.problem().ifPresent(problem -> lines.add(Line.of(
                        new Notice("guess.cannotCompute", List.of(), List.of(problem)).text(d), Tone.BAD)))));
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
        var padded = label + " ".repeat(Math.max(1, width - Width.columns(label)));
        lines.add(Line.of(padded, Tone.MUTED).plusAll(value));
    }

    private void choices() {
        lines.add(Line.EMPTY);
        if (prose.flat()) {
            plainChoices();
            return;
        }
        var names = guess.parameters();
        int nameWidth = names.stream().mapToInt(n -> Width.columns(text.name(n))).max().orElse(0);
        for (int i = 0; i < names.size(); i++) {
            boolean selected = i == guess.selected() && guess.stage() == RevealStage.CHOOSING;
            var name = text.name(names.get(i));
            var row = Line.of(selected ? "> " : "  ", Tone.KEY)
                    .plus(name + " ".repeat(nameWidth - Width.columns(name) + 2), Tone.MATH);
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
                        .withCursor(Width.columns(label) + Width.columns(field.text().substring(0, field.cursor()))));
            }
        }
        if (guess.stage() == RevealStage.CHOOSING) {
            lines.add(Line.EMPTY);
            lines.addAll(prose.labelled("", Tone.TEXT, List.of(new Segment(d.text("guess.howTo"), Tone.MUTED))));
        }
    }

    /**
     * The choices read line by line: while choosing, how to type a guess (there are no rows to move along); once
     * it is made, every choice said back, so the learner hears what the reveal judges.
     */
    private void plainChoices() {
        if (guess.stage() == RevealStage.CHOOSING) {
            lines.addAll(prose.labelled("", Tone.TEXT, List.of(new Segment(PlainGuess.usage(guess, d), Tone.MUTED))));
            return;
        }
        var said = new ArrayList<String>();
        var names = guess.parameters();
        for (int i = 0; i < names.size(); i++) {
            var direction = d.text("guess." + guess.choices().get(i).name().toLowerCase(java.util.Locale.ROOT));
            var proposal = guess.proposed().get(i).map(value -> " = " + text.value(value)).orElse("");
            said.add(d.text("plain.guess.each", text.name(names.get(i)), direction) + proposal);
        }
        lines.addAll(prose.labelled("", Tone.TEXT, List.of(new Segment(d.text("plain.guess.said",
                String.join(d.text("plain.guess.between"), said)), Tone.TEXT))));
    }
}
