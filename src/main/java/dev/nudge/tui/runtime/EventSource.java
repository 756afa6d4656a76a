package dev.nudge.tui.runtime;

import dev.nudge.tutor.Event;
import java.io.IOException;

/**
 * Where the {@link EventLoop} takes its events from: the {@link Inbox} that keys, resizes and news are posted to, or
 * the learner's lines read one at a time ({@link PlainTutor}).
 */
public interface EventSource {
    /** The next event, waiting for it. */
    Event take() throws IOException, InterruptedException;

    /** The next event, waiting at most {@code millis}; {@code null} when none came in time. */
    Event poll(long millis) throws IOException, InterruptedException;

    /** The next event already waiting, or {@code null}: the loop handles all of them before it draws once. */
    Event poll();
}
