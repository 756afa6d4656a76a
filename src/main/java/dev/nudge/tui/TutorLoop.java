package dev.nudge.tui;

import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.TerminalResizeListener;
import dev.nudge.progress.ProgressSink;
import dev.nudge.tutor.Effect;
import dev.nudge.tutor.Event;
import dev.nudge.tutor.Tutor;
import dev.nudge.tutor.TutorState;
import dev.nudge.tutor.Update;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The runtime between a terminal and the pure tutor: it turns keys and resizes into events, runs
 * {@link Tutor#update}, carries out the effects and draws the new state on Lanterna's Screen layer, which sends only
 * the cells that changed.
 */
public final class TutorLoop {
    private final Terminal terminal;
    private final KeyInput input;
    private final ViewOptions options;
    private final ProgressSink progress;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private volatile long keysHandled;
    private volatile long keysDrawn;
    private volatile boolean waiting;

    /** A loop reading keys from {@code input}, handing each progress event to {@code progress} as it happens. */
    public TutorLoop(Terminal terminal, KeyInput input, ViewOptions options, ProgressSink progress) {
        this.terminal = terminal;
        this.input = input;
        this.options = options;
        this.progress = progress;
    }

    /** Runs a session from {@code initial} until the tutor quits, and returns the final state. */
    public TutorState run(TutorState initial) throws IOException, InterruptedException {
        var screen = new TerminalScreen(terminal);
        TerminalResizeListener onResize = (t, size) -> events.add(new Event.Resized(size.getColumns(), size.getRows()));
        terminal.addResizeListener(onResize);
        screen.startScreen();
        var reader = startReader();
        try {
            return loop(screen, initial);
        } finally {
            reader.interrupt();
            terminal.removeResizeListener(onResize);
            // Leave the alternate screen with the cursor at home: leaving it with the cursor parked after the
            // bottom-right cell (a pending wrap) makes tmux copy alternate-screen rows into the shell's screen.
            terminal.resetColorAndSGR();
            terminal.setCursorPosition(0, 0);
            screen.stopScreen(false);
            terminal.setCursorVisible(true);
            terminal.flush();
        }
    }

    private TutorState loop(Screen screen, TutorState initial) throws IOException, InterruptedException {
        var state = initial;
        draw(screen, state);
        while (true) {
            waiting = true;
            var event = events.take();
            waiting = false;
            // Handle every event already waiting before drawing once: fewer bytes when keys arrive in bursts.
            do {
                var update = Tutor.update(state, event);
                state = update.state();
                perform(update);
                if (event instanceof Event.KeyPressed) {
                    keysHandled++;
                }
                if (update.quits()) {
                    return state;
                }
                event = events.poll();
            } while (event != null);
            draw(screen, state);
        }
    }

    private void perform(Update update) {
        for (var effect : update.effects()) {
            if (effect instanceof Effect.Record record) {
                progress.record(record.event());
            } else if (effect instanceof Effect.ResetLesson reset) {
                progress.reset(reset.lessonId());
            }
        }
    }

    private void draw(Screen screen, TutorState state) throws IOException {
        // After a resize the terminal's cells no longer match the screen's copy, so only a full repaint is right.
        boolean resized = screen.doResizeIfNecessary() != null;
        long keys = keysHandled;
        var measure = RootView.draw(screen.newTextGraphics(), state, options);
        screen.setCursorPosition(measure.filter(BodyMeasure::showsCursor)
                .map(m -> new com.googlecode.lanterna.TerminalPosition(m.cursorColumn(), m.cursorRow())).orElse(null));
        screen.refresh(resized ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
        // The tutor learns how far the body scrolls from the view; tell it only when that changed.
        measure.filter(m -> m.maxScroll() != state.scroll().max() || m.page() != state.scroll().page())
                .ifPresent(m -> events.add(new Event.BodyMeasured(m.maxScroll(), m.page())));
        keysDrawn = keys;
    }

    /** Hands the loop an event from outside (such as a change in the progress store's health); thread-safe. */
    public void post(Event event) {
        events.add(event);
    }

    /**
     * Whether the loop has drawn the result of at least {@code keys} key presses and is waiting with nothing left to
     * do: the screen is final. Tests use it to compare screens without guessing at timing.
     */
    public boolean settled(long keys) {
        return keysDrawn >= keys && waiting && events.isEmpty();
    }

    private Thread startReader() {
        var thread = new Thread(this::readKeys, "nudge-keys");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void readKeys() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                var stroke = input.read();
                if (stroke == null) {
                    continue;
                }
                KeyMapper.toEvent(stroke).ifPresent(events::add);
                if (stroke.getKeyType() == KeyType.EOF) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            events.add(new Event.InputClosed());
        }
    }
}
