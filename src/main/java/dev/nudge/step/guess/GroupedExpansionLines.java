package dev.nudge.step.guess;

import dev.nudge.layout.Line;
import dev.nudge.layout.MathText;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Segment;
import dev.nudge.layout.Tone;
import dev.nudge.layout.Writing;
import dev.nudge.math.Derivation;
import dev.nudge.math.Equation;
import dev.nudge.math.Expr;
import dev.nudge.math.GroupedExpansion;
import dev.nudge.math.Reason;
import dev.nudge.math.RewriteStep;
import dev.nudge.step.DerivationLines;
import dev.nudge.step.Instructions;
import java.util.List;

/**
 * The expansion of a loss over several points as the reveal shows it: one line per square, from the square to its
 * expansion, then their sum and the sum over the count; or, one key away, every step of each group with its reason.
 * A learner follows a line per square where the whole fraction, rewritten at every step, runs to two screens.
 */
final class GroupedExpansionLines {
    private final Writing d;
    private final ProseLayout prose;
    private final DerivationLines derivations;

    GroupedExpansionLines(Writing d, ProseLayout prose) {
        this.d = d;
        this.prose = prose;
        this.derivations = new DerivationLines(d, prose);
    }

    /** The groups of {@code grouped}, each in one line, or in every step when {@code everyStep}. */
    void add(List<Line> lines, GroupedExpansion grouped, boolean everyStep) {
        say(lines, "reveal.grouped.squares");
        for (int i = 0; i < grouped.squares().size(); i++) {
            var square = grouped.squares().get(i);
            if (everyStep) {
                if (i > 0) {
                    lines.add(Line.EMPTY);
                }
                derivations.add(lines, square);
            } else {
                lines.addAll(derivations.step(given(new Equation(List.of(start(square), square.result()))), true));
            }
        }
        say(lines, "reveal.grouped.sum");
        collected(lines, grouped.sum(), everyStep);
        say(lines, "reveal.grouped.mean", new MathText(d.glyphs()).expr(grouped.count()));
        collected(lines, grouped.mean(), everyStep);
        say(lines, Instructions.key(prose, everyStep ? "reveal.grouped.hide" : "reveal.grouped.show"));
    }

    /**
     * Adding up or dividing: where it starts and, after {@code =}, where it arrives, on lines of their own (the sum
     * is too long to share a line); with every step, also the reason.
     */
    private void collected(List<Line> lines, Derivation collected, boolean everyStep) {
        if (everyStep) {
            derivations.add(lines, collected);
        } else {
            lines.addAll(derivations.step(given(start(collected)), true));
            lines.addAll(derivations.step(given(collected.result()), false));
        }
    }

    private static Expr start(Derivation derivation) {
        return derivation.steps().get(0).expression();
    }

    /** {@code expr} as a line of its own, without a reason. */
    private static RewriteStep given(Expr expr) {
        return new RewriteStep(expr, Reason.GIVEN, List.of());
    }

    private void say(List<Line> lines, String key, Object... arguments) {
        lines.addAll(prose.labelled("", Tone.TEXT, List.of(new Segment(d.text(key, arguments), Tone.TEXT))));
    }
}
