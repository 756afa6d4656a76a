package dev.nudge.tui.view;

import dev.nudge.layout.Line;
import dev.nudge.layout.ProseLayout;
import dev.nudge.layout.Segment;
import dev.nudge.layout.StyledWrap;
import dev.nudge.layout.Tone;
import dev.nudge.tutor.TutorState;
import java.util.ArrayList;
import java.util.List;

/** The whole body of the current step as lines for a width: its title, its prose and its kind's own body. */
public final class StepDocument {
    private StepDocument() {
    }

    public static List<Line> lines(Drawing d, TutorState state, int width) {
        return lines(d, state, width, false);
    }

    /** The body; {@code flat} puts every equation on one line, for output that is read line by line. */
    public static List<Line> lines(Drawing d, TutorState state, int width, boolean flat) {
        var place = state.place();
        var step = state.book().step(state.language(), place);
        var math = state.book().math(state.language(), place.lesson());
        var prose = new ProseLayout(math, d.writing(), width, flat);
        var lines = new ArrayList<Line>();
        lines.addAll(StyledWrap.wrap(List.of(new Segment(step.title(), Tone.HEADING)), width));
        lines.add(Line.EMPTY);
        lines.addAll(prose.blocks(step.prose()));
        lines.addAll(state.session().lines(d.writing(), prose));
        return lines;
    }
}
