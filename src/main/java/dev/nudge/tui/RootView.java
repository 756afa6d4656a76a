package dev.nudge.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.nudge.layout.Glyphs;
import dev.nudge.tutor.Overlay;
import dev.nudge.tutor.TutorState;
import java.util.Optional;

/** Draws the whole screen from the tutor state: the page, the footer and any overlay, or the too-small message. */
public final class RootView {
    /** The smallest window the layout is made for. */
    public static final int MIN_COLUMNS = 60;
    public static final int MIN_ROWS = 16;

    private RootView() {
    }

    /** Draws the state; returns the measure of the step's body when a lesson page was drawn. */
    public static Optional<BodyMeasure> draw(TextGraphics graphics, TutorState state, ViewOptions options) {
        var canvas = new Canvas(graphics);
        var d = new Drawing(canvas, state.language(), Glyphs.choose(options.ascii(), state.language()),
                Theme.choose(options.color()));
        canvas.clear(d.theme().text());
        if (canvas.columns() < MIN_COLUMNS || canvas.rows() < MIN_ROWS) {
            TooSmallView.draw(d, MIN_COLUMNS, MIN_ROWS);
            return Optional.empty();
        }
        int pageRows = canvas.rows() - FooterView.HEIGHT;
        Optional<BodyMeasure> measure = Optional.empty();
        switch (state.page()) {
            case START:
                StartView.draw(d, state, pageRows);
                break;
            case CONTENTS:
                ContentsView.draw(d, state, pageRows);
                break;
            case COMPLETE:
                CompleteView.draw(d, state, pageRows);
                break;
            default:
                measure = Optional.of(LessonView.draw(d, state, pageRows));
        }
        if (state.overlay() == Overlay.HELP) {
            HelpOverlay.draw(d, pageRows);
        } else if (state.overlay() == Overlay.CONFIRM_RESET) {
            ConfirmResetOverlay.draw(d, state, pageRows);
        }
        FooterView.draw(d, state);
        return measure;
    }

}
