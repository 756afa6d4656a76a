package dev.nudge.step.guess;

import dev.nudge.i18n.Language;
import dev.nudge.layout.Line;
import dev.nudge.layout.MathText;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Segment;
import dev.nudge.layout.Tone;
import dev.nudge.layout.Writing;
import dev.nudge.math.Derivation;
import dev.nudge.math.RewriteStep;
import java.util.ArrayList;
import java.util.List;

/** A derivation as the tutor reveals it: each rewrite on its own line, with the reason for it. */
final class DerivationLines {
    private final Writing d;
    private final ProseLayout prose;
    private final MathText text;

    DerivationLines(Writing d, ProseLayout prose, MathText text) {
        this.d = d;
        this.prose = prose;
        this.text = text;
    }

    void add(List<Line> lines, Derivation derivation) {
        var steps = derivation.steps();
        for (int i = 0; i < steps.size(); i++) {
            var step = steps.get(i);
            var segments = new ArrayList<Segment>();
            segments.add(new Segment(text.expr(step.expression()), Tone.MATH));
            if (i > 0) {
                segments.add(new Segment("   (" + reason(step) + ")", Tone.MUTED));
            }
            lines.addAll(prose.labelled(i == 0 ? "  " : "= ", Tone.MATH, segments));
        }
    }

    private String reason(RewriteStep step) {
        var reason = d.language() == Language.JA ? step.reason().japanese() : step.reason().english();
        var details = new ArrayList<String>();
        step.details().forEach(detail -> details.add(text.expr(detail)));
        return details.isEmpty() ? reason : reason + ": " + String.join(", ", details);
    }
}
