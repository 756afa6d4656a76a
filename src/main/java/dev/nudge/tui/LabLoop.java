package dev.nudge.tui;

import com.googlecode.lanterna.screen.Screen;
import dev.nudge.i18n.Language;
import dev.nudge.lab.Lab;
import dev.nudge.lab.LabInput;
import dev.nudge.lab.LabModel;
import dev.nudge.tutor.Event;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The lab's runtime, on a screen a {@link TutorLoop} has already started: it takes events from the same inbox, runs
 * {@link Lab#update} and draws the lab. While a descent runs it waits for input at most until the next tick is due
 * (a tenth of a second apart), so no timer thread is needed and a paused lab costs nothing.
 */
final class LabLoop {
    static final long TICK_MILLIS = 100;

    private final Screen screen;
    private final Inbox inbox;
    private final ViewOptions options;
    private final Settling settling;
    private final Language language;

    LabLoop(Screen screen, Inbox inbox, ViewOptions options, Settling settling, Language language) {
        this.screen = screen;
        this.inbox = inbox;
        this.options = options;
        this.settling = settling;
        this.language = language;
    }

    /**
     * Runs the lab until the learner leaves it; returns the events meant for whoever opened the lab (a closing
     * terminal, Ctrl-C, news from the progress store), in the order they came.
     */
    List<Event> run(LabModel initial) throws IOException, InterruptedException {
        var model = initial;
        var later = new ArrayList<Event>();
        long nextTick = System.nanoTime();
        draw(model);
        while (true) {
            var event = next(model, nextTick);
            // Handle every event already waiting before drawing once, as the tutor's loop does.
            while (event.isPresent()) {
                var result = handle(model, event.get(), later);
                if (result == null) {
                    return later;
                }
                model = result;
                event = java.util.Optional.ofNullable(inbox.poll());
            }
            if (model.running() && System.nanoTime() - nextTick >= 0) {
                model = Lab.update(model, LabInput.TICK).model();
                nextTick = System.nanoTime() + TICK_MILLIS * 1_000_000;
            }
            draw(model);
        }
    }

    /** The next event, or empty when the next tick is due first. */
    private java.util.Optional<Event> next(LabModel model, long nextTick) throws InterruptedException {
        settling.waiting(true);
        try {
            if (!model.running()) {
                return java.util.Optional.of(inbox.take());
            }
            long millis = Math.max(0, (nextTick - System.nanoTime()) / 1_000_000);
            return java.util.Optional.ofNullable(inbox.poll(millis));
        } finally {
            settling.waiting(false);
        }
    }

    /** The model after {@code event}, or {@code null} when the lab ends. */
    private LabModel handle(LabModel model, Event event, List<Event> later) {
        if (event instanceof Event.KeyPressed pressed) {
            settling.handledKey();
            if (LabKeys.quitsAtOnce(pressed.key())) {
                later.add(event);
                return null;
            }
            var input = LabKeys.input(pressed.key());
            if (input.isEmpty()) {
                return model;
            }
            var update = Lab.update(model, input.get());
            return update.leaves() ? null : update.model();
        }
        if (event instanceof Event.InputClosed || event instanceof Event.HostClosing) {
            later.add(event);
            return null;
        }
        if (event instanceof Event.StoreHealth || event instanceof Event.Announced) {
            later.add(event);
        }
        return model;
    }

    private void draw(LabModel model) throws IOException {
        boolean resized = screen.doResizeIfNecessary() != null;
        long keys = settling.handled();
        LabView.draw(screen.newTextGraphics(), model, language, options);
        screen.setCursorPosition(null);
        screen.refresh(resized ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
        settling.drawn(keys);
    }
}
