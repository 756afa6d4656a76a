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
    /** The columns of a label ("Model", "Data", "Now") and the space after it. */
    private static final int LABEL_WIDTH = 8;
    private static final String LOSS_GAP = "   ";
    /** Up to this many rows, the instructions say every key in full. */
    private static final int FULL_HOW_TO_UP_TO = 2;

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
                reveal -> lines.addAll(RevealLines.of(d, prose, revealed, reveal, guess.plan(), guess.stage(),
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
        var loss = Line.of(d.text("guess.loss") + " = ", Tone.TEXT)
                .plus(text.value(guess.math().lossValue()), Tone.NUMBER);
        int width = prose.width() - LABEL_WIDTH;
        var rows = packed(now, width);
        var last = rows.remove(rows.size() - 1);
        // A network's seven weights and the loss do not share one line at 80 columns: the loss goes below them.
        if (last.width() + LOSS_GAP.length() + loss.width() <= width) {
            rows.add(last.plus(LOSS_GAP, Tone.TEXT).plusAll(loss));
        } else {
            rows.add(last);
            rows.add(loss);
        }
        labelled("guess.now", rows.get(0));
        rows.subList(1, rows.size()).forEach(row -> lines.add(row.indented(LABEL_WIDTH)));
    }

    /** The values {@code a = 1} joined by commas, on as many lines of at most {@code width} columns as they need. */
    private static List<Line> packed(List<String> values, int width) {
        var rows = new ArrayList<Line>();
        var row = new StringBuilder();
        for (var value : values) {
            if (row.length() > 0 && Width.columns(row + ", " + value) > width) {
                rows.add(Line.of(row + ",", Tone.MATH));
                row.setLength(0);
            }
            row.append(row.length() > 0 ? ", " : "").append(value);
        }
        rows.add(Line.of(row.toString(), Tone.MATH));
        return rows;
    }

    private void labelled(String key, Line value) {
        var label = d.text(key);
        var padded = label + " ".repeat(Math.max(1, LABEL_WIDTH - Width.columns(label)));
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
            // Seven rows leave no room for three lines of instructions on 80x24: many rows get them in one.
            var howTo = names.size() > FULL_HOW_TO_UP_TO ? "guess.howToShort" : "guess.howTo";
            lines.addAll(prose.labelled("", Tone.TEXT, List.of(new Segment(d.text(howTo), Tone.MUTED))));
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
