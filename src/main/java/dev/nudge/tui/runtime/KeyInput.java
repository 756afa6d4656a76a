package dev.nudge.tui.runtime;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;

/**
 * Where key strokes come from. A real terminal blocks in {@code readInput}; tests feed a queue, because a
 * {@code DefaultVirtualTerminal} holds its lock while it blocks and would stall drawing.
 */
@FunctionalInterface
public interface KeyInput {
    /** The next key stroke, waiting for it; an {@code EOF} stroke when the input has ended. */
    KeyStroke read() throws IOException, InterruptedException;

    /**
     * The next key stroke if it has arrived already, else {@code null} at once: the rest of a burst, such as a
     * paste, which {@link PastedLines} reads as one. A source that cannot tell has none.
     */
    default KeyStroke poll() throws IOException {
        return null;
    }

    /** The keys of a real {@code terminal}, bursts included. */
    static KeyInput of(Terminal terminal) {
        return new KeyInput() {
            @Override
            public KeyStroke read() throws IOException {
                return terminal.readInput();
            }

            @Override
            public KeyStroke poll() throws IOException {
                return terminal.pollInput();
            }
        };
    }
}
