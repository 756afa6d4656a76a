package dev.nudge.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.nudge.keys.Key;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.ProgressSink;
import dev.nudge.tui.runtime.Inbox;
import dev.nudge.tui.runtime.Settling;
import dev.nudge.tui.runtime.TutorLoop;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.TutorState;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Predicate;

/**
 * A headless tutor session for tests: the real {@link TutorLoop} on Lanterna's {@code DefaultVirtualTerminal}. Tests
 * press keys, wait for the screen to show something, and read the whole screen as text.
 */
public final class VirtualTutor implements AutoCloseable {
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** The terminal's key for each kind of key the tutor tells apart. */
    private static final Map<Key.Kind, KeyType> KEY_TYPES = Map.ofEntries(Map.entry(Key.Kind.ENTER, KeyType.Enter),
            Map.entry(Key.Kind.ESCAPE, KeyType.Escape), Map.entry(Key.Kind.BACKSPACE, KeyType.Backspace),
            Map.entry(Key.Kind.DELETE, KeyType.Delete), Map.entry(Key.Kind.TAB, KeyType.Tab),
            Map.entry(Key.Kind.LEFT, KeyType.ArrowLeft), Map.entry(Key.Kind.RIGHT, KeyType.ArrowRight),
            Map.entry(Key.Kind.UP, KeyType.ArrowUp), Map.entry(Key.Kind.DOWN, KeyType.ArrowDown),
            Map.entry(Key.Kind.HOME, KeyType.Home), Map.entry(Key.Kind.END, KeyType.End),
            Map.entry(Key.Kind.PAGE_UP, KeyType.PageUp), Map.entry(Key.Kind.PAGE_DOWN, KeyType.PageDown));

    private final DefaultVirtualTerminal terminal;
    private final LinkedBlockingQueue<KeyStroke> keys = new LinkedBlockingQueue<>();
    private final java.util.List<ProgressEvent> recorded = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Thread thread;
    private final TutorLoop loop;
    private final Settling settling;
    private long pressed;
    private volatile Throwable failure;
    private volatile boolean exited;

    /** What the session runs on its loop: the tutor, or the lab on its own. */
    @FunctionalInterface
    private interface Session {
        void run(TutorLoop loop) throws Exception;
    }

    /** Keeps the events the session records, for {@link #recorded()}; resets forget nothing here. */
    private final class Recording implements ProgressSink {
        @Override
        public void record(ProgressEvent event) {
            recorded.add(event);
        }

        @Override
        public void reset(String lessonId) {
            // the events are kept as they came, for the test to read
        }
    }

    private VirtualTutor(int columns, int rows, Session session, ViewOptions options) {
        terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        var inbox = new Inbox();
        settling = new Settling(inbox);
        loop = new TutorLoop(terminal, keys::take, inbox, options, new Recording(), settling);
        thread = new Thread(() -> {
            try {
                session.run(loop);
            } catch (Throwable t) {
                failure = t;
            } finally {
                exited = true;
            }
        }, "virtual-tutor");
        thread.setDaemon(true);
        thread.start();
    }

    public static VirtualTutor start(int columns, int rows, TutorState initial, ViewOptions options) {
        return new VirtualTutor(columns, rows, loop -> loop.run(initial), options);
    }

    /** The lab on its own, as {@code nudge lab} runs it. */
    public static VirtualTutor startLab(int columns, int rows, dev.nudge.lab.LabModel model,
            dev.nudge.i18n.Language language, ViewOptions options) {
        return new VirtualTutor(columns, rows, loop -> loop.run(TutorState.labAlone(model, language)), options);
    }

    /** Hands the session an event from outside, as the progress store's health reaches a real session. */
    public void post(dev.nudge.tutor.Event event) {
        loop.post(event);
    }

    public void press(KeyType type) {
        pressed++;
        keys.add(new KeyStroke(type));
    }

    /** Presses {@code keys} in turn, as the terminal would deliver them. */
    public void press(java.util.List<Key> keys) {
        for (var key : keys) {
            if (key.kind() != Key.Kind.CHARACTER) {
                press(KEY_TYPES.get(key.kind()));
            } else if (key.ctrl()) {
                ctrl(key.character());
            } else {
                type(key.character());
            }
        }
    }

    public void type(char c) {
        pressed++;
        keys.add(new KeyStroke(c, false, false));
    }

    public void ctrl(char c) {
        pressed++;
        keys.add(new KeyStroke(c, true, false));
    }

    public void resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
    }

    /** The screen as text: one line per row, trailing spaces removed, a double-width character counted once. */
    public String screen() {
        var size = terminal.getTerminalSize();
        var text = new StringBuilder();
        for (int row = 0; row < size.getRows(); row++) {
            var line = new StringBuilder();
            for (int column = 0; column < size.getColumns(); column++) {
                var cell = terminal.getCharacter(column, row).getCharacterString();
                line.append(cell);
                if (TerminalTextUtils.isCharDoubleWidth(cell.charAt(0))) {
                    column++;
                }
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    /** Every cell of the screen with its colours and attributes, row by row: to tell whether a frame changed at all. */
    public java.util.List<com.googlecode.lanterna.TextCharacter> cells() {
        var size = terminal.getTerminalSize();
        var cells = new java.util.ArrayList<com.googlecode.lanterna.TextCharacter>();
        for (int row = 0; row < size.getRows(); row++) {
            for (int column = 0; column < size.getColumns(); column++) {
                cells.add(terminal.getCharacter(column, row));
            }
        }
        return cells;
    }

    /** Waits until the screen satisfies {@code condition}; fails with the last screen if it never does. */
    public String awaitScreen(Predicate<String> condition, String description) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        String last = screen();
        while (!condition.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the screen never showed " + description + "; it shows:\n" + last);
            }
            pause();
            last = screen();
        }
        return last;
    }

    public String awaitText(String text) {
        return awaitScreen(screen -> screen.contains(text), "\"" + text + "\"");
    }

    /** Waits until every key pressed so far is handled and drawn and the loop is idle; returns the final screen. */
    public String awaitSettled() {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!settling.settled(pressed) && !exited) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the tutor never settled after " + pressed + " keys; it shows:\n" + screen());
            }
            pause();
        }
        return screen();
    }

    /** Whether the session ended by itself within the time-out; rethrows anything it failed with. */
    public boolean awaitExit() throws InterruptedException {
        thread.join(TIMEOUT.toMillis());
        if (failure != null) {
            throw new AssertionError("the tutor loop failed", failure);
        }
        return exited;
    }

    /** The progress events the session asked to keep, in order. */
    public java.util.List<ProgressEvent> recorded() {
        return java.util.List.copyOf(recorded);
    }

    /** Whether the cursor is shown, as it must be once the terminal is given back. */
    public boolean cursorVisible() {
        return terminal.isCursorVisible();
    }

    @Override
    public void close() throws InterruptedException {
        if (!exited) {
            keys.add(new KeyStroke(KeyType.EOF));
            thread.join(TIMEOUT.toMillis());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the screen", e);
        }
    }
}
