package dev.nudge.tui.runtime;

import com.googlecode.lanterna.screen.Screen;
import dev.nudge.tui.view.BodyLines;
import dev.nudge.tui.view.RootView;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.BodyLayout;
import dev.nudge.tutor.TutorState;
import dev.nudge.tutor.Window;
import java.io.IOException;

/**
 * The full-screen display: draws each state with the views on Lanterna's Screen layer, which sends only the cells that
 * changed, and places the terminal cursor where an answer is typed.
 */
final class ScreenDisplay implements Display {
    private final Screen screen;
    private final ViewOptions options;
    private final BodyLines body;

    ScreenDisplay(Screen screen, ViewOptions options) {
        this.screen = screen;
        this.options = options;
        this.body = new BodyLines(options);
    }

    @Override
    public Window window() {
        var size = screen.getTerminalSize();
        return new Window(size.getColumns(), size.getRows());
    }

    @Override
    public BodyLayout layout() {
        return body;
    }

    @Override
    public void show(TutorState state) throws IOException {
        // After a resize the terminal's cells no longer match the screen's copy, so only a full repaint is right.
        boolean resized = screen.doResizeIfNecessary() != null;
        var cursor = RootView.draw(screen.newTextGraphics(), state, options, body);
        screen.setCursorPosition(cursor.orElse(null));
        screen.refresh(resized ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
    }
}
