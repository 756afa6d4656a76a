package dev.nudge.tui.view;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.nudge.tutor.Overlay;
import dev.nudge.tutor.Page;
import dev.nudge.tutor.TutorState;
import java.util.Optional;

/** Draws the whole screen from the tutor state: the page, the footer and any overlay, or the too-small message. */
public final class RootView {
    /** The smallest window the layout is made for. */
    public static final int MIN_COLUMNS = 60;
    public static final int MIN_ROWS = 16;

    private RootView() {
    }

    /**
     * Draws the state, laying the step's body out with {@code body}; returns where the terminal cursor belongs when an
     * answer is being typed.
     */
    public static Optional<TerminalPosition> draw(TextGraphics graphics, TutorState state, ViewOptions options,
            BodyLines body) {
        var lab = state.lab();
        if (state.page() == Page.LAB && lab.isPresent()) {
            LabView.draw(graphics, lab.get(), state.language(), options);
            return Optional.empty();
        }
        var canvas = new Canvas(graphics);
        var d = new Drawing(canvas, state.language(), options.glyphs(state.language()),
                Theme.choose(options.color()));
        canvas.clear(d.theme().text());
        if (canvas.columns() < MIN_COLUMNS || canvas.rows() < MIN_ROWS) {
            TooSmallView.draw(d, MIN_COLUMNS, MIN_ROWS);
            return Optional.empty();
        }
        int pageRows = canvas.rows() - FooterView.HEIGHT;
        Optional<TerminalPosition> cursor = Optional.empty();
        switch (state.page()) {
            case START:
                StartView.draw(d, state, pageRows);
                break;
            case CONTENTS:
                ContentsView.draw(d, state, pageRows);
                break;
            case COMPLETE:
                CompleteView.draw(d, state, pageRows, body);
                break;
            default:
                cursor = LessonView.draw(d, state, pageRows, body);
        }
        if (state.overlay() == Overlay.HELP) {
            HelpOverlay.draw(d, state, pageRows);
        } else if (state.overlay() == Overlay.CONFIRM_RESET) {
            ConfirmResetOverlay.draw(d, state, pageRows);
        }
        FooterView.draw(d, state);
        return cursor;
    }
}
