package dev.nudge.tui.terminal;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An ANSI terminal over plain byte streams, for a terminal that is not this process's own (such as an SSH channel).
 * It never runs {@code stty} and never asks the terminal for its size: the size is told to it, as an SSH pty request
 * and window-change signal do. Like {@link LocalTerminal} it sends each character's exact UTF-8 bytes.
 */
public final class StreamTerminal extends ANSITerminal {
    private static final int FRAME_BUFFER_BYTES = 8192;
    private volatile TerminalSize size;

    public StreamTerminal(InputStream in, OutputStream out, TerminalSize size) {
        // Lanterna writes each character on its own; a frame goes to the stream in one piece when it is flushed.
        super(in, new BufferedOutputStream(out, FRAME_BUFFER_BYTES), StandardCharsets.UTF_8);
        this.size = size;
    }

    /** Records a new size and tells the resize listeners (the screen and the tutor loop). */
    public void resize(TerminalSize newSize) {
        size = newSize;
        onResized(newSize);
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }

    @Override
    protected byte[] translateCharacter(char input) {
        return TerminalText.utf8(input);
    }
}
