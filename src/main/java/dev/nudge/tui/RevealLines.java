package dev.nudge.tui;

import dev.nudge.i18n.Language;
import dev.nudge.math.Equation;
import dev.nudge.math.Rational;
import dev.nudge.math.Var;
import dev.nudge.tutor.GuessReveal;
import dev.nudge.tutor.RevealStage;
import java.util.ArrayList;
import java.util.List;

/**
 * The reveal of a guess as lines, up to the stage reached: the loss, its expansion with reasons, the derivatives,
 * the nudge check, the update, the change in the loss and the verdict. Laying out the expansion of a loss over
 * several points takes longer than the rest of a frame together, and every key on the step draws it again, so the
 * last few layouts are kept.
 */
final class RevealLines {
    private static final String LOSS = "Loss";
    private static final Memo<Key, List<List<Line>>> LAID_OUT = new Memo<>(16);

    private final Drawing d;
    private final ProseLayout prose;
    private final MathText text;
    private final GuessReveal reveal;
    private final Rational rate;
    private List<Line> lines;

    /**
     * What the lines depend on. The reveal is compared by identity ({@link RevealCache} gives the same object for
     * the same guess), which is quick, where comparing it by value would walk its expressions.
     */
    private record Key(GuessReveal reveal, Rational rate, Language language, Glyphs glyphs, int width, boolean flat) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && reveal == key.reveal && rate.equals(key.rate)
                    && language == key.language && glyphs == key.glyphs && width == key.width && flat == key.flat;
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(reveal) * 31 + rate.hashCode()) * 31 + width;
        }
    }

    private RevealLines(Drawing d, ProseLayout prose, GuessReveal reveal, Rational rate) {
        this.d = d;
        this.prose = prose;
        this.text = new MathText(d.glyphs());
        this.reveal = reveal;
        this.rate = rate;
    }

    /**
     * The reveal's lines up to {@code stage}, at the learning rate {@code rate}. Every stage is laid out at the first
     * one, so that each key that shows the next stage finds it ready.
     */
    static List<Line> of(Drawing d, ProseLayout prose, GuessReveal reveal, RevealStage stage, Rational rate) {
        var key = new Key(reveal, rate, d.language(), d.glyphs(), prose.width(), prose.flat());
        var stages = LAID_OUT.get(key, () -> new RevealLines(d, prose, reveal, rate).stages());
        var shown = new ArrayList<Line>();
        for (var each : RevealStage.values()) {
            if (each.shownAt(stage)) {
                shown.addAll(stages.get(each.ordinal()));
            }
        }
        if (stage != RevealStage.CHOOSING && stage != RevealStage.VERDICT) {
            shown.add(Line.EMPTY);
            shown.add(Line.of(d.text("reveal.more"), Tone.KEY));
        }
        return shown;
    }

    /** The lines each stage adds, by the stage's ordinal. */
    private List<List<Line>> stages() {
        var stages = new ArrayList<List<Line>>();
        for (var stage : RevealStage.values()) {
            lines = new ArrayList<>();
            add(stage);
            stages.add(List.copyOf(lines));
        }
        return List.copyOf(stages);
    }

    private void add(RevealStage stage) {
        switch (stage) {
            case CHOOSING -> {
            }
            case LOSS -> {
                heading("reveal.loss");
                lines.addAll(prose.expression(new Equation(List.of(new Var(LOSS), reveal.loss()))));
            }
            case EXPANSION -> {
                heading("reveal.expansion");
                new DerivationLines(d, prose, text).add(lines, reveal.expansion());
            }
            case DERIVATIVES -> {
                heading("reveal.derivatives");
                reveal.parameters().forEach(this::derivative);
            }
            case NUDGE -> {
                heading("reveal.nudge");
                reveal.parameters().forEach(this::nudge);
            }
            case UPDATE -> {
                heading("reveal.update");
                reveal.parameters().forEach(this::update);
                lines.addAll(prose.labelled("", Tone.TEXT, List.of(new Segment(
                        d.text("reveal.rateKeys", d.glyphs().rate, text.value(rate)), Tone.MUTED))));
            }
            case CHANGE -> {
                heading("reveal.change");
                change();
            }
            case VERDICT -> {
                heading("reveal.verdict");
                new VerdictLines(d, prose, text).add(lines, reveal);
            }
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
        var rateSymbol = d.glyphs().rate;
        var times = text.times();
        lines.add(Line.of(name + " " + d.glyphs().assign + " " + name + " - " + rateSymbol + " " + times + " "
                + text.slopeName(LOSS, p.name()) + " = " + text.value(p.before()) + " - " + text.value(rate)
                + " " + times + " " + text.factor(p.slope()) + " = ", Tone.MATH).plus(text.value(p.after()), Tone.NUMBER));
    }

    private void change() {
        var change = reveal.change();
        var tone = change.signum() < 0 ? Tone.GOOD : change.signum() > 0 ? Tone.BAD : Tone.TEXT;
        lines.add(Line.of(d.text("reveal.before") + " ", Tone.TEXT).plus(text.value(reveal.lossBefore()), Tone.NUMBER)
                .plus("   " + d.text("reveal.after") + " ", Tone.TEXT).plus(text.value(reveal.lossAfter()), Tone.NUMBER)
                .plus("   " + d.text("reveal.changed") + " ", Tone.TEXT)
                .plus((change.signum() > 0 ? "+" : "") + text.value(change), tone));
    }
}
