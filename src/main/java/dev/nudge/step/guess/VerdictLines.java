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

    void add(List<Line> lines, GuessReveal reveal, RevealPlan plan, Rational rate) {
        long right = reveal.parameters().stream().filter(GuessReveal.ParameterReveal::guessedRight).count();
        for (var p : reveal.parameters()) {
            var mark = p.guessedRight() ? d.glyphs().right : d.glyphs().wrong;
            var segments = List.of(new Segment(explanation(p, plan.shows(RevealStage.DERIVATIVES)), Tone.TEXT));
            lines.addAll(prose.labelled(mark + " ", p.guessedRight() ? Tone.GOOD : Tone.BAD, segments));
        }
        boolean updateShown = plan.shows(RevealStage.UPDATE);
        reveal.proposedLoss().ifPresent(loss -> {
            lines.add(Line.EMPTY);
            // Without the update on screen, the learner's values are compared with where they started only.
            var key = !updateShown ? "verdict.proposedAlone"
                    : loss.compareTo(reveal.lossAfter()) <= 0 ? "verdict.proposedBetter" : "verdict.proposedWorse";
            lines.addAll(prose.labelled("", Tone.TEXT, List.of(new Segment(d.text(key, text.value(loss),
                    text.value(reveal.lossAfter()), text.value(reveal.lossBefore())), Tone.TEXT))));
        });
        // An update that is not shown cannot be said to overshoot.
        boolean overshot = updateShown && overshot(reveal);
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

    /**
     * Why this part of the guess is right or wrong: with the derivative when the reveal shows it, else in terms of
     * what moving the parameter does to the loss (the {@code verdict.effect.} messages), so that a verdict never
     * names a derivative the learner has not been shown.
     */
    private String explanation(GuessReveal.ParameterReveal p, boolean derivativesShown) {
        var prefix = derivativesShown ? "verdict." : "verdict.effect.";
        var name = text.name(p.name());
        var slope = text.value(p.slope());
        var slopeName = text.slopeName("Loss", p.name());
        // Only a parameter that matters has a way to go ("raise it").
        var verb = p.right() == Direction.NONE ? "" : d.text("verdict.verb." + key(p.right()));
        String message;
        if (p.guessedRight()) {
            message = "right." + key(p.right());
        } else if (p.right() == Direction.NONE) {
            message = "movedButNoEffect";
        } else if (p.chosen() == Direction.NONE) {
            message = "noneButMatters";
        } else {
            message = p.chosen() == Direction.UP ? "raisedButPositive" : "loweredButNegative";
        }
        return d.text(prefix + message, name, slopeName, slope, verb);
    }

    private static String key(Direction direction) {
        return direction.name().toLowerCase(java.util.Locale.ROOT);
    }
}
