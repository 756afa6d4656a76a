package dev.nudge.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;

/**
 * A virtual terminal that notes when each frame is flushed, so the time from a key to its frame can be measured in
 * process, without a pseudo-terminal's own delays.
 */
final class TimedTerminal extends DefaultVirtualTerminal {
    private volatile long lastFlush;

    TimedTerminal(TerminalSize size) {
        super(size);
    }

    @Override
    public void flush() {
        super.flush();
        lastFlush = System.nanoTime();
    }

    /** When the latest frame was flushed, in {@link System#nanoTime()}. */
    long lastFlush() {
        return lastFlush;
    }
}
