package dev.nudge.tui.runtime;

import dev.nudge.tutor.BodyLayout;
import dev.nudge.tutor.TutorState;
import dev.nudge.tutor.Window;
import java.io.IOException;

/**
 * What the {@link EventLoop} draws the tutor on: the full screen ({@link ScreenDisplay}) or lines of text
 * ({@link PlainTutor}). The loop is the same for both; only how a state is shown differs.
 */
public interface Display {
    /** The window's size now, for the state the session starts in. */
    Window window();

    /** How this display lays out a step's body, so the tutor can bound the scrolling as it will be drawn. */
    BodyLayout layout();

    /** Shows {@code state}. */
    void show(TutorState state) throws IOException;
}
