package dev.nudge.tui;

import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.TerminalResizeListener;
import dev.nudge.i18n.Language;
import dev.nudge.lab.LabModel;
import dev.nudge.progress.ProgressSink;
import dev.nudge.tutor.Effect;
import dev.nudge.tutor.Event;
import dev.nudge.tutor.Tutor;
import dev.nudge.tutor.TutorState;
import dev.nudge.tutor.Update;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * The runtime between a terminal and the pure tutor: it turns keys and resizes into events, runs
 * {@link Tutor#update}, carries out the effects and draws the new state on Lanterna's Screen layer, which sends only
 * the cells that changed.
 *
 * <p>Keys come in one of two ways: read from a {@link KeyInput} on a thread of the loop's own (a local terminal), or
 * pushed into the loop's {@link Inbox} by whoever receives them (a network connection, which has threads already).
 */
public final class TutorLoop {
    private final Terminal terminal;
    /** Where the loop reads keys itself; {@code null} when they are pushed into the inbox instead. */
    private final KeyInput input;
    private final Inbox inbox;
    private final ViewOptions options;
    private final ProgressSink progress;
    private final Settling settling = new Settling();

    /** A loop reading keys from {@code input}, handing each progress event to {@code progress} as it happens. */
    public TutorLoop(Terminal terminal, KeyInput input, ViewOptions options, ProgressSink progress) {
        this(terminal, input, new Inbox(), options, progress);
    }

    /** A loop whose keys and other events are pushed into {@code inbox} from outside. */
    public TutorLoop(Terminal terminal, Inbox inbox, ViewOptions options, ProgressSink progress) {
        this(terminal, null, inbox, options, progress);
    }

    private TutorLoop(Terminal terminal, KeyInput input, Inbox inbox, ViewOptions options, ProgressSink progress) {
        this.terminal = terminal;
        this.input = input;
        this.inbox = inbox;
        this.options = options;
        this.progress = progress;
    }

    /** Runs a session from {@code initial} until the tutor quits, and returns the final state. */
    public TutorState run(TutorState initial) throws IOException, InterruptedException {
        return run(initial, () -> initial);
    }

    /**
     * Runs a session that shows {@code first} at once, then continues from the state {@code resumed} gives (which
     * may take a while, such as opening the progress store): keys pressed meanwhile wait, and are handled in that
     * state. Returns the final state when the tutor quits.
     */
    public TutorState run(TutorState first, Supplier<TutorState> resumed) throws IOException, InterruptedException {
        return onScreen(screen -> loop(screen, first, resumed));
    }

    /** Runs the lab on its own (as {@code nudge lab}) until the learner leaves it. */
    public void runLab(LabModel model, Language language) throws IOException, InterruptedException {
        onScreen(screen -> new LabLoop(screen, inbox, options, settling, language).run(model));
    }

    /** Work done on the full screen. */
    @FunctionalInterface
    private interface OnScreen<T> {
        T run(Screen screen) throws IOException, InterruptedException;
    }

    /** Takes the terminal full-screen for {@code work} and gives it back clean however the work ends. */
    private <T> T onScreen(OnScreen<T> work) throws IOException, InterruptedException {
        var screen = new DeltaScreen(terminal, Cells.blank());
        TerminalResizeListener onResize = (t, size) -> inbox.post(new Event.Resized(size.getColumns(), size.getRows()));
        terminal.addResizeListener(onResize);
        screen.startScreen();
        var reader = input == null ? null : startReader();
        try {
            return work.run(screen);
        } finally {
            if (reader != null) {
                reader.interrupt();
            }
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

    private TutorState loop(Screen screen, TutorState first, Supplier<TutorState> resumed)
            throws IOException, InterruptedException {
        draw(screen, first);
        var state = resumed.get();
        if (state != first) {
            draw(screen, state);
        }
        while (true) {
            settling.waiting(true);
            var event = inbox.take();
            settling.waiting(false);
            // Handle every event already waiting before drawing once: fewer bytes when keys arrive in bursts.
            do {
                if (event instanceof Event.KeyPressed) {
                    settling.handledKey();
                }
                var update = Tutor.update(state, event);
                state = update.state();
                perform(update, screen);
                if (update.quits()) {
                    return state;
                }
                event = inbox.poll();
            } while (event != null);
            draw(screen, state);
        }
    }

    private void perform(Update update, Screen screen) throws IOException, InterruptedException {
        for (var effect : update.effects()) {
            if (effect instanceof Effect.Record record) {
                progress.record(record.event());
            } else if (effect instanceof Effect.ResetLesson reset) {
                progress.reset(reset.lessonId());
            } else if (effect instanceof Effect.OpenLab open) {
                // The lab runs on this screen and inbox; what it leaves for the tutor is handled next.
                var lab = new LabLoop(screen, inbox, options, settling, update.state().language());
                lab.run(LabModel.start(open.setup())).forEach(inbox::post);
            }
        }
    }

    private void draw(Screen screen, TutorState state) throws IOException {
        // After a resize the terminal's cells no longer match the screen's copy, so only a full repaint is right.
        boolean resized = screen.doResizeIfNecessary() != null;
        long keys = settling.handled();
        var measure = RootView.draw(screen.newTextGraphics(), state, options);
        screen.setCursorPosition(measure.filter(BodyMeasure::showsCursor)
                .map(m -> new com.googlecode.lanterna.TerminalPosition(m.cursorColumn(), m.cursorRow())).orElse(null));
        screen.refresh(resized ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
        // The tutor learns how far the body scrolls from the view; tell it only when that changed.
        measure.filter(m -> m.maxScroll() != state.scroll().max() || m.page() != state.scroll().page())
                .ifPresent(m -> inbox.post(new Event.BodyMeasured(m.maxScroll(), m.page())));
        settling.drawn(keys);
    }

    /** Hands the loop an event from outside (such as a change in the progress store's health); thread-safe. */
    public void post(Event event) {
        inbox.post(event);
    }

    /**
     * Whether the loop has drawn the result of at least {@code keys} key presses and is waiting with nothing left to
     * do: the screen is final. Tests use it to compare screens without guessing at timing.
     */
    public boolean settled(long keys) {
        return settling.settled(keys, inbox);
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
                inbox.press(stroke);
                if (stroke.getKeyType() == KeyType.EOF) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            inbox.post(new Event.InputClosed());
        }
    }
}
