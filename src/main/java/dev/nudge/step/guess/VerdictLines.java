package dev.nudge.step.guess;

import dev.nudge.layout.Line;
import dev.nudge.layout.MathText;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Segment;
import dev.nudge.layout.Tone;
import dev.nudge.layout.Writing;
import dev.nudge.math.Rational;
import java.util.List;

/** The verdict on each part of a guess, with an explanation tied to the specific mistake. */
final class VerdictLines {
    private final Writing d;
    private final ProseLayout prose;
    private final MathText text;

    VerdictLines(Writing d, ProseLayout prose, MathText text) {
        this.d = d;
        this.prose = prose;
        this.text = text;
    }

    void add(List<Line> lines, GuessReveal reveal, Rational rate) {
        long right = reveal.parameters().stream().filter(GuessReveal.ParameterReveal::guessedRight).count();
        for (var p : reveal.parameters()) {
            var mark = p.guessedRight() ? d.glyphs().right : d.glyphs().wrong;
            var segments = List.of(new Segment(explanation(p), Tone.TEXT));
            lines.addAll(prose.labelled(mark + " ", p.guessedRight() ? Tone.GOOD : Tone.BAD, segments));
        }
        reveal.proposedLoss().ifPresent(loss -> {
            lines.add(Line.EMPTY);
            var better = loss.compareTo(reveal.lossAfter()) <= 0 ? "verdict.proposedBetter" : "verdict.proposedWorse";
            lines.addAll(prose.labelled("", Tone.TEXT, List.of(new Segment(d.text(better, text.value(loss),
                    text.value(reveal.lossAfter()), text.value(reveal.lossBefore())), Tone.TEXT))));
        });
        boolean overshot = overshot(reveal);
        if (overshot) {
            lines.add(Line.EMPTY);
            lines.addAll(prose.labelled(d.glyphs().wrong + " ", Tone.BAD, List.of(new Segment(d.text("verdict.overshot",
                    text.value(rate), text.value(reveal.lossBefore()), text.value(reveal.lossAfter())), Tone.TEXT))));
        }
        lines.add(Line.EMPTY);
        boolean allRight = right == reveal.parameters().size();
        lines.add(Line.of(allRight && overshot ? d.text("verdict.rightButOvershot")
                : allRight ? d.text("verdict.allRight")
                : d.text("verdict.someRight", right, reveal.parameters().size()), Tone.STRONG));
    }

    /** Whether the update moved something and yet did not lower the loss: the step went past the lowest point. */
    private static boolean overshot(GuessReveal reveal) {
        boolean moved = reveal.parameters().stream().anyMatch(p -> p.slope().signum() != 0);
        return moved && reveal.lossAfter().compareTo(reveal.lossBefore()) >= 0;
    }

    private String explanation(GuessReveal.ParameterReveal p) {
        var name = text.name(p.name());
        var slope = text.value(p.slope());
        var slopeName = text.slopeName("Loss", p.name());
        if (p.guessedRight()) {
            return d.text("verdict.right." + key(p.right()), name, slopeName, slope);
        }
        if (p.right() == Direction.NONE) {
            return d.text("verdict.movedButNoEffect", name, slopeName);
        }
        if (p.chosen() == Direction.NONE) {
            return d.text("verdict.noneButMatters", name, slopeName, slope, d.text("verdict.verb." + key(p.right())));
        }
        return d.text(p.chosen() == Direction.UP ? "verdict.raisedButPositive" : "verdict.loweredButNegative", name,
                slopeName, slope);
    }

    private static String key(Direction direction) {
        return direction.name().toLowerCase(java.util.Locale.ROOT);
    }
}
