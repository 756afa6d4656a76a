package dev.nudge.step;

import dev.nudge.layout.Line;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Tone;
import dev.nudge.layout.Writing;
import dev.nudge.lesson.Hints;
import java.util.List;

/** The rungs of the hint ladder the learner has climbed, each labelled with its rung. */
public final class HintLines {
    private static final List<String> RUNGS = List.of("hint.concept", "hint.strategy", "hint.answer");

    private HintLines() {
    }

    public static void add(List<Line> lines, Writing d, ProseLayout prose, Hints hints, int shown) {
        var texts = List.of(hints.concept(), hints.strategy(), hints.answer());
        for (int i = 0; i < Math.min(shown, texts.size()); i++) {
            lines.add(Line.EMPTY);
            lines.addAll(prose.labelled(d.text(RUNGS.get(i)) + " ", Tone.HINT, texts.get(i), Tone.TEXT));
        }
    }
}
