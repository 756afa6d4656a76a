package dev.nudge.tui.runtime;

import com.googlecode.lanterna.input.KeyStroke;
import dev.nudge.step.Notice;
import dev.nudge.tutor.Event;
import dev.nudge.tutor.LabKeys;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The events waiting for a session's {@link EventLoop}. Anything may add to it from any thread: a key reader, a
 * network thread that decoded a key, a timer that warns of an idle time-out. It exists apart from the loop so that keys arriving
 * before the loop has started (typed ahead over a network) are kept, not lost.
 *
 * <p>Keys are bounded: at most {@link #KEY_CAPACITY} wait at once, and the ones that arrive while it is full are
 * dropped, with one notice to the learner per overflow, given once the keys that got in are handled (so none of them
 * clears it first). Without the bound a pasted megabyte queues a million keys
 * whose pages and progress rows the server then works through for minutes. A resize already waiting absorbs the
 * next and takes its size, so a flood of window changes queues one, which brings the latest size. The
 * key that ends the session at once (Ctrl-C) always gets in, one waiting at a time, so a learner can leave a flood.
 * Every other event (input closed, the host closing, an idle warning) is never dropped: there are only ever a few.
 */
public final class Inbox implements EventSource {
    /**
     * Keys that may wait at once. A person types a few keys a second and the loop handles thousands, so only a paste
     * or a flood ever fills it; a few hundred still keeps any type-ahead over a slow link.
     */
    public static final int KEY_CAPACITY = 256;

    /** The notice shown when keys were dropped; its argument is {@link #KEY_CAPACITY}. */
    public static final String DROPPED_NOTICE = "notice.keysDropped";

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final AtomicInteger keysWaiting = new AtomicInteger();
    /** Set from the first key dropped until the keys waiting have all been handled, when the learner is told once. */
    private final AtomicBoolean overflowing = new AtomicBoolean();
    private final AtomicBoolean resizeWaiting = new AtomicBoolean();
    /** The size the resize waiting brings: the latest one posted. */
    private final AtomicReference<Event.Resized> latestSize = new AtomicReference<>();
    private final AtomicBoolean quitWaiting = new AtomicBoolean();

    /** Adds the tutor's event for a key stroke; strokes the tutor ignores (mouse reports) are dropped. */
    public void press(KeyStroke stroke) {
        KeyMapper.toEvent(stroke).ifPresent(this::offer);
    }

    /** Adds an event from outside; a key press is bounded as in {@link #press}, anything else always kept. */
    public void post(Event event) {
        offer(event);
    }

    private void offer(Event event) {
        if (event instanceof Event.Resized resized) {
            latestSize.set(resized);
            addUnlessWaiting(resizeWaiting, event);
            return;
        }
        if (!(event instanceof Event.KeyPressed pressed)) {
            events.add(event);
            return;
        }
        if (LabKeys.quitsAtOnce(pressed.key())) {
            addUnlessWaiting(quitWaiting, event);
            return;
        }
        if (keysWaiting.incrementAndGet() > KEY_CAPACITY) {
            keysWaiting.decrementAndGet();
            overflowing.set(true);
            return;
        }
        events.add(event);
    }

    /** Adds {@code event} unless one of its kind is waiting already, as {@code waiting} says. */
    private void addUnlessWaiting(AtomicBoolean waiting, Event event) {
        if (waiting.compareAndSet(false, true)) {
            events.add(event);
        }
    }

    @Override
    public Event take() throws InterruptedException {
        return taken(events.take());
    }

    boolean isEmpty() {
        return events.isEmpty();
    }

    /** The next event, waiting at most {@code millis}; {@code null} when none came in time. */
    @Override
    public Event poll(long millis) throws InterruptedException {
        return taken(events.poll(millis, TimeUnit.MILLISECONDS));
    }

    /** The next waiting event, or {@code null} when none is waiting. */
    @Override
    public Event poll() {
        return taken(events.poll());
    }

    private Event taken(Event event) {
        if (event instanceof Event.Resized) {
            resizeWaiting.set(false);
            return latestSize.get();
        }
        if (event instanceof Event.KeyPressed pressed) {
            if (LabKeys.quitsAtOnce(pressed.key())) {
                quitWaiting.set(false);
            } else if (keysWaiting.decrementAndGet() == 0 && overflowing.getAndSet(false)) {
                // Every key that got in is handled: say now that some were dropped, after the last of them, so
                // that no key of the same flood clears the notice before the learner sees it. A later flood is a
                // new one and is told again.
                events.add(new Event.Announced(Notice.of(DROPPED_NOTICE, String.valueOf(KEY_CAPACITY))));
            }
        }
        return event;
    }
}
