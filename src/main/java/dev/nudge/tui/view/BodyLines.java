package dev.nudge.tui.view;

import dev.nudge.i18n.Language;
import dev.nudge.layout.Line;
import dev.nudge.step.StepSession;
import dev.nudge.tutor.BodyExtent;
import dev.nudge.tutor.BodyLayout;
import dev.nudge.tutor.CourseBook;
import dev.nudge.tutor.Page;
import dev.nudge.tutor.Place;
import dev.nudge.tutor.TutorState;
import dev.nudge.tutor.Window;
import java.util.List;

/**
 * The step's body as the full screen lays it out, for one session: the tutor measures it to bound the scrolling and
 * the lesson view draws it. The lines laid out last are kept, so a body measured in {@code update} is not laid out
 * again to be drawn; and the step's prose is kept while the learner answers, so a key that changes only the session
 * (a character typed, a stage revealed) lays out only the session's lines. On a class server the prose's math was
 * a large part of every key's work (see docs/benchmarks.md), so a step's prose is also shared with every other
 * session that reaches it ({@link SharedProse}).
 */
public final class BodyLines implements BodyLayout {
    private final ViewOptions options;
    private CourseBook book;
    private Language language;
    private Place place;
    private Page page;
    private StepSession session;
    private int width = -1;
    private List<Line> lines;
    private List<Line> prose;

    public BodyLines(ViewOptions options) {
        this.options = options;
    }

    @Override
    public BodyExtent extent(TutorState state, Window window) {
        if (window.columns() < RootView.MIN_COLUMNS || window.rows() < RootView.MIN_ROWS) {
            return BodyExtent.FITS;
        }
        var frame = BodyFrame.of(window.columns(), window.rows() - FooterView.HEIGHT);
        return frame.extent(lines(state, frame.width()).size());
    }

    /** The body of {@code state}'s step, or the recap on the course-complete page, laid out {@code width} wide. */
    List<Line> lines(TutorState state, int width) {
        boolean sameStep = state.book() == book && state.language() == language && state.place().equals(place)
                && state.page() == page && width == this.width;
        if (!sameStep || state.session() != session) {
            var d = new Drawing(null, state.language(), options.glyphs(state.language()),
                    Theme.choose(options.color()));
            if (state.page() == Page.COMPLETE) {
                lines = RecapLines.lines(d, state, width);
            } else {
                if (!sameStep || prose == null) {
                    prose = SharedProse.of(state.book(), state.language(), state.place(), width, d.writing(),
                            () -> StepDocument.prose(d, state, width, false));
                }
                var all = new java.util.ArrayList<>(prose);
                all.addAll(StepDocument.session(d, state, width, false));
                lines = all;
            }
            page = state.page();
            book = state.book();
            language = state.language();
            place = state.place();
            session = state.session();
            this.width = width;
        }
        return lines;
    }
}
