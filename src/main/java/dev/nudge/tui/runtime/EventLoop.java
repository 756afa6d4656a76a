package dev.nudge.tui.runtime;

import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.ProgressSink;
import dev.nudge.tutor.Effect;
import dev.nudge.tutor.Event;
import dev.nudge.tutor.Tutor;
import dev.nudge.tutor.TutorState;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * The one loop every session runs, full-screen, line by line or over SSH, the lab included: take an event, run
 * {@link Tutor#update}, carry out every effect, draw. Ticks for a running descent are kept as one due time: the loop
 * waits for the next event at most until then, so no timer thread runs per session and a paused lab costs nothing.
 */
public final class EventLoop {
    private final Display display;
    private final EventSource events;
    private final ProgressSink progress;
    private final LoopWatch watch;

    public EventLoop(Display display, EventSource events, ProgressSink progress, LoopWatch watch) {
        this.display = display;
        this.events = events;
        this.progress = progress;
        this.watch = watch;
    }

    /**
     * Shows {@code first} at once, then continues from the state {@code resumed} gives (which may take a while, such
     * as opening the progress store): events that come meanwhile wait. Returns the final state when the tutor quits.
     */
    public TutorState run(TutorState first, Supplier<TutorState> resumed) throws IOException, InterruptedException {
        var state = onDisplay(first);
        show(state);
        var next = resumed.get();
        if (next != first) {
            state = onDisplay(next);
            show(state);
        }
        var effects = new Effects();
        while (true) {
            var event = next(effects);
            // Handle every event already waiting before drawing once: fewer bytes when keys arrive in bursts.
            do {
                if (event instanceof Event.KeyPressed) {
                    watch.handledKey();
                }
                var update = Tutor.update(state, event);
                state = update.state();
                for (var effect : update.effects()) {
                    effect.performWith(effects);
                }
                if (effects.quit) {
                    return state;
                }
                event = events.poll();
            } while (event != null);
            show(state);
        }
    }

    /** {@code state} laid out as this display draws it, at its window's size. */
    private TutorState onDisplay(TutorState state) {
        var window = display.window();
        return Tutor.update(state.laidOutBy(display.layout()), new Event.Resized(window.columns(), window.rows()))
                .state();
    }

    private void show(TutorState state) throws IOException {
        display.show(state);
        watch.drawn();
    }

    /** The next event, or a tick when one is due before anything else comes. */
    private Event next(Effects effects) throws IOException, InterruptedException {
        watch.waiting(true);
        try {
            if (!effects.ticking) {
                return events.take();
            }
            long millis = Math.max(0, (effects.tickDue - System.nanoTime()) / 1_000_000);
            var event = events.poll(millis);
            if (event != null) {
                return event;
            }
            effects.ticking = false;
            return new Event.Ticked();
        } finally {
            watch.waiting(false);
        }
    }

    /** How this loop carries out each kind of effect. */
    private final class Effects implements Effect.Handler<RuntimeException> {
        boolean quit;
        boolean ticking;
        long tickDue;

        @Override
        public void quit() {
            quit = true;
        }

        @Override
        public void resetLesson(String lessonId) {
            progress.reset(lessonId);
        }

        @Override
        public void record(ProgressEvent event) {
            progress.record(event);
        }

        @Override
        public void tick(long millis) {
            ticking = true;
            tickDue = System.nanoTime() + millis * 1_000_000;
        }
    }
}
