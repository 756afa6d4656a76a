package dev.nudge.step;

import dev.nudge.layout.Line;
import dev.nudge.layout.MathText;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Segment;
import dev.nudge.layout.TermBreaks;
import dev.nudge.layout.Tone;
import dev.nudge.layout.Writing;
import dev.nudge.math.Derivation;
import dev.nudge.math.Reason;
import dev.nudge.math.RewriteStep;
import java.util.ArrayList;
import java.util.List;

/**
 * A derivation as the tutor shows it, for every kind that shows one: each rewrite on its own line with the reason for
 * it, every formula in the screen's notation and wrapped only between terms.
 */
public final class DerivationLines {
    /** Where a reason under its expression starts: a little right of the expression. */
    private static final String REASON_INDENT = "      ";

    private final Writing d;
    private final ProseLayout prose;
    private final MathText text;

    public DerivationLines(Writing d, ProseLayout prose) {
        this.d = d;
        this.prose = prose;
        this.text = new MathText(d.glyphs());
    }

    /** Every step of {@code derivation}. */
    public void add(List<Line> lines, Derivation derivation) {
        var steps = derivation.steps();
        for (int i = 0; i < steps.size(); i++) {
            lines.addAll(step(steps.get(i), i == 0));
        }
    }

    /** One step: the expression (after {@code =} unless it is the first) and its reason, unless it was given. */
    public List<Line> step(RewriteStep step, boolean first) {
        var segments = new ArrayList<Segment>();
        segments.add(new Segment(TermBreaks.betweenTermsOnly(text.expr(step.expression())), Tone.MATH));
        if (step.reason() != Reason.GIVEN) {
            segments.add(new Segment("   (" + reason(step) + ")", Tone.MUTED));
        }
        return prose.labelled(first ? "  " : "= ", Tone.MATH, segments);
    }

    /**
     * One step of a walk through a derivation: the expression on its own line (after {@code =} unless it is the
     * first), and the reason under it, indented, unless it was given; a long rewrite then reads as one line each.
     */
    public List<Line> walked(RewriteStep step, boolean first) {
        var lines = new ArrayList<>(prose.labelled(first ? "  " : "= ", Tone.MATH,
                List.of(new Segment(TermBreaks.betweenTermsOnly(text.expr(step.expression())), Tone.MATH))));
        if (step.reason() != Reason.GIVEN) {
            lines.addAll(prose.labelled(REASON_INDENT, Tone.MUTED, List.of(new Segment("(" + reason(step) + ")",
                    Tone.MUTED))));
        }
        return lines;
    }

    /** The reason's words with its general formulas, then the instances it rewrote, as the screen writes them. */
    public String reason(RewriteStep step) {
        var formulas = step.reason().formulas(d.glyphs().math).stream().map(TermBreaks::betweenTermsOnly).toList();
        var words = d.text(step.reason().key(), formulas.toArray());
        var details = new ArrayList<String>();
        step.details().forEach(detail -> details.add(TermBreaks.betweenTermsOnly(text.expr(detail))));
        return details.isEmpty() ? words : words + ": " + String.join(", ", details);
    }
}
