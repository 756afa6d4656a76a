package dev.nudge.tui.runtime;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.TerminalResizeListener;
import dev.nudge.progress.ProgressSink;
import dev.nudge.tui.terminal.Cells;
import dev.nudge.tui.terminal.DeltaScreen;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.Event;
import dev.nudge.tutor.TutorState;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * A full-screen session on a terminal: it takes the terminal full-screen, turns its keys and resizes into events and
 * runs the {@link EventLoop} on a {@link ScreenDisplay} until the tutor quits, then gives the terminal back clean.
 * The lab is one of the tutor's pages, so it runs on the same loop.
 *
 * <p>Keys come in one of two ways: read from a {@link KeyInput} on a thread of the session's own (a local terminal),
 * or pushed into the session's {@link Inbox} by whoever receives them (a network connection, which has threads
 * already).
 */
public final class TutorLoop {
    private final Terminal terminal;
    /** Where the session reads keys itself; {@code null} when they are pushed into the inbox instead. */
    private final KeyInput input;
    private final Inbox inbox;
    private final ViewOptions options;
    private final ProgressSink progress;
    private final LoopWatch watch;

    /** A session reading keys from {@code input}, handing each progress event to {@code progress} as it happens. */
    public TutorLoop(Terminal terminal, KeyInput input, ViewOptions options, ProgressSink progress) {
        this(terminal, input, new Inbox(), options, progress, LoopWatch.NONE);
    }

    /** A session whose keys and other events are pushed into {@code inbox} from outside. */
    public TutorLoop(Terminal terminal, Inbox inbox, ViewOptions options, ProgressSink progress) {
        this(terminal, null, inbox, options, progress, LoopWatch.NONE);
    }

    /**
     * A session reading keys from {@code input} (or, when it is {@code null}, given them in {@code inbox}) whose
     * progress through its events {@code watch} is told of.
     */
    public TutorLoop(Terminal terminal, KeyInput input, Inbox inbox, ViewOptions options, ProgressSink progress,
            LoopWatch watch) {
        this.terminal = terminal;
        this.input = input;
        this.inbox = inbox;
        this.options = options;
        this.progress = progress;
        this.watch = watch;
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
        var screen = new DeltaScreen(terminal, Cells.blank());
        TerminalResizeListener onResize = (t, size) -> inbox.post(new Event.Resized(size.getColumns(), size.getRows()));
        terminal.addResizeListener(onResize);
        screen.startScreen();
        var reader = input == null ? null : startReader();
        try {
            return new EventLoop(new ScreenDisplay(screen, options), inbox, progress, watch).run(first, resumed);
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

    /** Hands the session an event from outside (such as a change in the progress store's health); thread-safe. */
    public void post(Event event) {
        inbox.post(event);
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
                var burst = new java.util.ArrayList<>(List.of(stroke));
                for (var more = input.poll(); more != null && stroke.getKeyType() != KeyType.EOF; more = input.poll()) {
                    burst.add(more);
                    stroke = more;
                }
                PastedLines.joined(burst).forEach(inbox::press);
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
