package dev.nudge.tui.terminal;

import com.googlecode.lanterna.input.KeyStroke;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Keys a terminal read while it waited for a reply of its own (a cursor report), kept for the tutor in the order they
 * came: a learner who types at once, before the first frame, loses nothing.
 */
final class HeldKeys {
    private final Queue<KeyStroke> keys = new ArrayDeque<>();

    /** Reading keys from the terminal itself. */
    @FunctionalInterface
    interface Reading {
        KeyStroke read() throws IOException;
    }

    synchronized void hold(KeyStroke key) {
        keys.add(key);
    }

    /** The oldest key held, else what {@code reading} gives. */
    KeyStroke next(Reading reading) throws IOException {
        KeyStroke held;
        synchronized (this) {
            held = keys.poll();
        }
        return held != null ? held : reading.read();
    }
}
