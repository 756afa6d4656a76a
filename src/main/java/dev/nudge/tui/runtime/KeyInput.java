package dev.nudge.tui.runtime;

import com.googlecode.lanterna.input.KeyStroke;
import java.io.IOException;

/**
 * Where key strokes come from. A real terminal blocks in {@code readInput}; tests feed a queue, because a
 * {@code DefaultVirtualTerminal} holds its lock while it blocks and would stall drawing.
 */
@FunctionalInterface
public interface KeyInput {
    /** The next key stroke, waiting for it; an {@code EOF} stroke when the input has ended. */
    KeyStroke read() throws IOException, InterruptedException;
}
