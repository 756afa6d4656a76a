package dev.nudge.step.lab;

import dev.nudge.layout.Line;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Segment;
import dev.nudge.layout.Tone;
import dev.nudge.layout.Writing;
import dev.nudge.step.Instructions;
import java.util.ArrayList;
import java.util.List;

/** A lab step's settings (the data, the starting parameters and the learning rate) and how to open the lab. */
final class LabLines {
    private LabLines() {
    }

    static List<Line> lines(Writing d, ProseLayout prose, LabStep lab) {
        var lines = new ArrayList<Line>();
        lines.add(Line.EMPTY);
        var points = new ArrayList<String>();
        lab.points().forEach(p -> points.add("(" + prose.formula(p.x().text()) + ", " + prose.formula(p.y().text()) + ")"));
        var parameters = new ArrayList<String>();
        lab.parameters().forEach(b -> parameters.add(prose.formula(b.name().text() + " = " + b.value().text())));
        lines.add(Line.of(d.text("lab.data") + " ", Tone.MUTED).plus(String.join(", ", points), Tone.MATH));
        lines.add(Line.of(d.text("lab.start") + " ", Tone.MUTED).plus(String.join(", ", parameters), Tone.MATH));
        lines.add(Line.of(d.text("lab.rate") + " ", Tone.MUTED).plus(prose.formula(lab.rate().text()), Tone.NUMBER));
        lines.add(Line.EMPTY);
        lines.addAll(prose.labelled("", Tone.TEXT, java.util.List.of(new Segment(d.text(Instructions.key(prose, "lab.open")),
                Tone.MUTED))));
        return lines;
    }
}
