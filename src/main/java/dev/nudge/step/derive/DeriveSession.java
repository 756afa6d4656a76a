package dev.nudge.step.derive;

import static dev.nudge.step.StepAction.bind;

import dev.nudge.keys.Keymap;
import dev.nudge.keys.Keys;
import dev.nudge.layout.KeyHint;
import dev.nudge.layout.Line;
import dev.nudge.layout.MathText;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Segment;
import dev.nudge.layout.TermBreaks;
import dev.nudge.layout.Tone;
import dev.nudge.layout.Writing;
import dev.nudge.math.Derivation;
import dev.nudge.step.DerivationLines;
import dev.nudge.step.PlainLine;
import dev.nudge.step.StepAction;
import dev.nudge.step.StepSession;
import dev.nudge.step.StepUpdate;
import java.util.ArrayList;
import java.util.List;

/**
 * A derive step in progress: the derivation, computed when the step starts, and how many of its lines the learner
 * has stepped to. Next shows one line more (after the last, the next step), back one fewer.
 *
 * @param step the step
 * @param derivation the engine's steps, each with its reason
 * @param shown how many of them are on screen, at least the first
 */
public record DeriveSession(DeriveStep step, Derivation derivation, int shown) implements StepSession {
    public DeriveSession {
        if (shown < 1 || shown > derivation.steps().size()) {
            throw new IllegalArgumentException("a derivation shows from 1 to " + derivation.steps().size()
                    + " lines, not " + shown);
        }
    }

    static DeriveSession start(DeriveStep step, Derivation derivation) {
        return new DeriveSession(step, derivation, 1);
    }

    /** Whether every line of the derivation is on screen. */
    public boolean complete() {
        return shown == derivation.steps().size();
    }

    private DeriveSession showing(int lines) {
        return new DeriveSession(step, derivation, lines);
    }

    @Override
    public Keymap<StepAction> keymap() {
        var next = Keymap.of(complete()
                ? bind("help.next", (now, key) -> now.toNextStep(), Keys.NEXT)
                : bind("help.deriveNext", (now, key) -> now.withSession(showing(shown + 1)).toEnd(), Keys.NEXT));
        // On the first line, back is the tutor's: to the step before.
        return shown == 1 ? next : next.then(Keymap.of(bind("help.deriveBack",
                (now, key) -> now.withSession(showing(shown - 1)).toEnd(), Keys.BACK)));
    }

    /** The heading, the lines shown so far with their reasons, then what more keys do or, at the end, the result. */
    @Override
    public List<Line> lines(Writing d, ProseLayout prose) {
        var lines = new ArrayList<Line>();
        var derivationLines = new DerivationLines(d, prose);
        lines.add(Line.EMPTY);
        lines.add(Line.of(d.text(step.method().heading()), Tone.HEADING));
        lines.add(Line.EMPTY);
        var steps = derivation.steps();
        for (int i = 0; i < shown; i++) {
            lines.addAll(derivationLines.walked(steps.get(i), i == 0));
        }
        lines.add(Line.EMPTY);
        if (!complete()) {
            // The plain tutor has no arrow keys: a typed p is back.
            var more = d.text(prose.flat() ? "derive.morePlain" : "derive.more", shown, steps.size());
            lines.addAll(prose.labelled("", Tone.TEXT, List.of(new Segment(more, Tone.KEY))));
            return lines;
        }
        var text = new MathText(d.glyphs());
        var result = TermBreaks.betweenTermsOnly(text.expr(step.result(derivation)));
        var said = step.value(derivation).map(value -> d.text("derive.resultAt", result, text.expr(value)))
                .orElseGet(() -> d.text("derive.result", result));
        lines.addAll(prose.labelled("", Tone.TEXT, List.of(new Segment(said, Tone.STRONG))));
        lines.add(Line.EMPTY);
        var keys = d.text(prose.flat() ? "derive.doneKeysPlain" : "derive.doneKeys");
        lines.addAll(prose.labelled("", Tone.TEXT, List.of(new Segment(keys, Tone.MUTED))));
        return lines;
    }

    @Override
    public List<KeyHint> keyHints(Writing d) {
        return List.of(new KeyHint(d.glyphs().arrow, d.text(complete() ? "key.next" : "key.nextLine")));
    }

    @Override
    public boolean takesText() {
        return false;
    }

    @Override
    public PlainLine plainLine(String line, Writing writing) {
        return PlainLine.typed(line);
    }
}
