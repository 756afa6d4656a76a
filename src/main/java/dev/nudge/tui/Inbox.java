package dev.nudge.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.nudge.tutor.Event;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The events waiting for a {@link TutorLoop} (or the lab it opened). Anything may add to it from any thread: a key reader, a network thread
 * that decoded a key, a timer that warns of an idle time-out. It exists apart from the loop so that keys arriving
 * before the loop has started (typed ahead over a network) are kept, not lost.
 */
public final class Inbox {
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    /** Adds the tutor's event for a key stroke; strokes the tutor ignores (mouse reports) are dropped. */
    public void press(KeyStroke stroke) {
        KeyMapper.toEvent(stroke).ifPresent(events::add);
    }

    public void post(Event event) {
        events.add(event);
    }

    Event take() throws InterruptedException {
        return events.take();
    }

    boolean isEmpty() {
        return events.isEmpty();
    }

    /** The next event, waiting at most {@code millis}; {@code null} when none came in time. */
    Event poll(long millis) throws InterruptedException {
        return events.poll(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** The next waiting event, or {@code null} when none is waiting. */
    Event poll() {
        return events.poll();
    }
}
