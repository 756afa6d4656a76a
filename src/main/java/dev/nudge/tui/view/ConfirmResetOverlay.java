package dev.nudge.tui.view;

import dev.nudge.layout.Wrap;
import dev.nudge.tutor.TutorState;

/** Asks before a lesson's progress is forgotten: y forgets it, any other key keeps it. */
final class ConfirmResetOverlay {
    private static final int WIDTH = 56;

    private ConfirmResetOverlay() {
    }

    static void draw(Drawing d, TutorState state, int availableRows) {
        int lessonNumber = state.contentsCursor() + 1;
        var title = state.book().lesson(state.language(), state.contentsCursor()).title();
        int width = Math.min(d.canvas().columns() - 2, WIDTH);
        var lines = Wrap.wrap(d.text("confirm.text", lessonNumber, title), width - 6);
        int height = lines.size() + 4;
        int left = (d.canvas().columns() - width) / 2;
        int top = Math.max(0, (availableRows - height) / 2);
        Frame.draw(d, left, top, width, height, d.text("confirm.title", lessonNumber));
        for (int i = 0; i < lines.size(); i++) {
            d.canvas().text(left + 3, top + 2 + i, lines.get(i), d.theme().panel());
        }
    }
}
