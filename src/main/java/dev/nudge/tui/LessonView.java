package dev.nudge.tui;

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

    static BodyMeasure draw(Drawing d, TutorState state, int bodyBottom) {
        titleBar(d, state);
        int top = 2;
        int height = Math.max(1, bodyBottom - top);
        int width = Math.min(MAX_TEXT_WIDTH, d.canvas().columns() - 2 * MARGIN);
        int left = Math.max(MARGIN, (d.canvas().columns() - width) / 2);
        var lines = StepDocument.lines(d, state, width);
        // When the body does not fit, its last row says how much more there is, so nothing is cut off silently.
        boolean overflows = lines.size() > height;
        int visible = overflows ? height - 1 : height;
        int max = Math.max(0, lines.size() - visible);
        int offset = Math.min(state.scroll().shown(), max);
        int cursorColumn = -1;
        int cursorRow = -1;
        for (int row = 0; row < visible && offset + row < lines.size(); row++) {
            var line = lines.get(offset + row);
            drawLine(d, line, left, top + row);
            if (line.cursor() >= 0) {
                cursorColumn = left + line.cursor();
                cursorRow = top + row;
            }
        }
        if (overflows) {
            scrollIndicator(d, offset, lines.size() - visible - offset, top + visible);
        }
        return new BodyMeasure(max, Math.max(1, visible), cursorColumn, cursorRow);
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
