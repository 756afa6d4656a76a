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
        var lines = new ArrayList<>(prose(d, state, width, flat));
        lines.addAll(session(d, state, width, flat));
        return lines;
    }

    /**
     * The step's title and prose: they depend on the step, the language and the width only, not on what the learner
     * has typed or revealed, so a session may keep them while it answers.
     */
    static List<Line> prose(Drawing d, TutorState state, int width, boolean flat) {
        var step = state.book().step(state.language(), state.place());
        var lines = new ArrayList<Line>();
        lines.addAll(StyledWrap.wrap(List.of(new Segment(step.title(), Tone.HEADING)), width));
        lines.add(Line.EMPTY);
        lines.addAll(layout(d, state, width, flat).blocks(step.prose()));
        return List.copyOf(lines);
    }

    /** The lines of the step's session: its field, choices, reveal or verdict. */
    static List<Line> session(Drawing d, TutorState state, int width, boolean flat) {
        return state.session().lines(d.writing(), layout(d, state, width, flat));
    }

    private static ProseLayout layout(Drawing d, TutorState state, int width, boolean flat) {
        var math = state.book().math(state.language(), state.place().lesson());
        return new ProseLayout(math, d.writing(), width, flat);
    }
}
