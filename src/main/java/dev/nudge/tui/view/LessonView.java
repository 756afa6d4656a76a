package dev.nudge.tui.view;

import com.googlecode.lanterna.TerminalPosition;
import dev.nudge.layout.Line;
import dev.nudge.layout.Width;
import dev.nudge.tutor.TutorState;

/**
 * The lesson page: a title bar with the lesson's number and a progress bar of its steps, then the step's body,
 * scrolled, with markers when there is more above or below.
 */
final class LessonView {
    static final int MARGIN = 2;
    /** Lines longer than this are hard to read; on a wide screen the body is centred at this width instead. */
    static final int MAX_TEXT_WIDTH = 100;
    private static final int BAR_CELLS = 12;

    private LessonView() {
    }

    /** Draws the page; returns where the terminal cursor belongs when an answer is being typed. */
    static java.util.Optional<TerminalPosition> draw(Drawing d, TutorState state, int bodyBottom, BodyLines body) {
        titleBar(d, state);
        var frame = BodyFrame.of(d.canvas().columns(), bodyBottom);
        return drawBody(d, frame, body.lines(state, frame.width()), state.scroll().shown());
    }

    /** Draws {@code lines} in {@code frame} from line {@code scrolled}; returns where a typed answer's cursor is. */
    static java.util.Optional<TerminalPosition> drawBody(Drawing d, BodyFrame frame, java.util.List<Line> lines,
            int scrolled) {
        // When the body does not fit, its last row says how much more there is, so nothing is cut off silently.
        int visible = frame.visible(lines.size());
        int offset = Math.min(scrolled, frame.extent(lines.size()).maxScroll());
        TerminalPosition cursor = null;
        for (int row = 0; row < visible && offset + row < lines.size(); row++) {
            var line = lines.get(offset + row);
            drawLine(d, line, frame.left(), frame.top() + row);
            if (line.cursor() >= 0) {
                cursor = new TerminalPosition(frame.left() + line.cursor(), frame.top() + row);
            }
        }
        if (frame.overflows(lines.size())) {
            scrollIndicator(d, offset, lines.size() - visible - offset, frame.top() + visible);
        }
        return java.util.Optional.ofNullable(cursor);
    }

    static void drawLine(Drawing d, Line line, int column, int row) {
        int x = column;
        for (var segment : line.segments()) {
            x = d.canvas().text(x, row, segment.text(), d.theme().look(segment.tone()));
        }
    }

    private static void titleBar(Drawing d, TutorState state) {
        var canvas = d.canvas();
        var place = state.place();
        var book = state.book();
        var lesson = book.lesson(state.language(), place.lesson());
        canvas.fill(0, 0, canvas.columns(), 1, d.theme().bar());
        int steps = book.stepCount(place.lesson());
        var right = progressBar(d, place.step() + 1, steps) + " " + (place.step() + 1) + "/" + steps + " ";
        var review = state.review().map(r -> d.text("lesson.review", r.remaining().size()) + d.glyphs().separator)
                .orElse("");
        var left = " " + review + d.text("lesson.number", place.lesson() + 1, book.lessonCount())
                + d.glyphs().separator + lesson.title();
        int rightWidth = Canvas.width(right);
        var fitted = Width.fit(left, Math.max(0, canvas.columns() - rightWidth - 1));
        canvas.text(0, 0, fitted, d.theme().bar());
        canvas.text(canvas.columns() - rightWidth, 0, right, d.theme().bar());
    }

    private static String progressBar(Drawing d, int done, int total) {
        int cells = Math.min(BAR_CELLS, total);
        int filled = (int) Math.round((double) done * cells / total);
        return d.glyphs().done.repeat(filled) + d.glyphs().todo.repeat(cells - filled);
    }

    private static void scrollIndicator(Drawing d, int above, int below, int row) {
        var parts = new java.util.ArrayList<String>();
        if (above > 0) {
            parts.add(d.glyphs().moreAbove + " " + d.text("lesson.above", above));
        }
        if (below > 0) {
            parts.add(d.glyphs().moreBelow + " " + d.text("lesson.below", below));
        }
        var indicator = String.join(d.glyphs().separator, parts) + d.glyphs().separator + d.text("lesson.scrollKeys");
        d.canvas().text(Math.max(0, d.canvas().columns() - 1 - Canvas.width(indicator)), row, indicator,
                d.theme().key());
    }
}
