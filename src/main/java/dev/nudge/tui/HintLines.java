package dev.nudge.tui;

import dev.nudge.lesson.Hints;
import java.util.List;

/** The rungs of the hint ladder the learner has climbed, each labelled with its rung. */
final class HintLines {
    private static final List<String> RUNGS = List.of("hint.concept", "hint.strategy", "hint.answer");

    private HintLines() {
    }

    static void add(List<Line> lines, Drawing d, ProseLayout prose, Hints hints, int shown) {
        var texts = List.of(hints.concept(), hints.strategy(), hints.answer());
        for (int i = 0; i < Math.min(shown, texts.size()); i++) {
            lines.add(Line.EMPTY);
            lines.addAll(prose.labelled(d.text(RUNGS.get(i)) + " ", Tone.HINT, texts.get(i), Tone.TEXT));
        }
    }
}
