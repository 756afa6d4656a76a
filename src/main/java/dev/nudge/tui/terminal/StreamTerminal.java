package dev.nudge.tui.terminal;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import dev.nudge.layout.Subscripts;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * An ANSI terminal over plain byte streams, for a terminal that is not this process's own (such as an SSH channel).
 * It never runs {@code stty} and never asks the terminal for its size: the size is told to it, as an SSH pty request
 * and window-change signal do. It asks one thing, once, before the first frame, when told to: how wide subscript
 * digits are ({@link SubscriptProbe}). Like {@link LocalTerminal} it sends each character's exact UTF-8 bytes.
 */
public final class StreamTerminal extends ANSITerminal {
    private static final int FRAME_BUFFER_BYTES = 8192;
    private volatile TerminalSize size;
    private final HeldKeys held = new HeldKeys();

    public StreamTerminal(InputStream in, OutputStream out, TerminalSize size) {
        // Lanterna writes each character on its own; a frame goes to the stream in one piece when it is flushed.
        super(in, new BufferedOutputStream(out, FRAME_BUFFER_BYTES), StandardCharsets.UTF_8);
        this.size = size;
    }

    /**
     * Asks the terminal how wide it draws script digits, when its keys come in elsewhere (as over SSH) and are offered
     * to {@code reply} there; waits for the reply at most {@code timeOut}.
     */
    public Subscripts measureSubscripts(CursorReply reply, Duration timeOut) throws IOException, InterruptedException {
        return SubscriptProbe.measure(this::send, () -> reply.await(timeOut));
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

    /**
     * Asks the terminal how wide it draws script digits ({@link SubscriptProbe}), reading its keys for at most
     * {@code timeOut}. Keys typed meanwhile come out of {@link #readInput} and {@link #pollInput} first.
     */
    public Subscripts measureSubscripts(Duration timeOut) throws IOException, InterruptedException {
        var reply = new CursorReply();
        return SubscriptProbe.measure(this::send,
                () -> SubscriptProbe.decoded(getInputDecoder(), reply, held, timeOut));
    }

    private void send(String text) throws IOException {
        writeToTerminal(text.getBytes(StandardCharsets.UTF_8));
        flush();
    }

    @Override
    public KeyStroke readInput() throws IOException {
        return held.next(super::readInput);
    }

    @Override
    public KeyStroke pollInput() throws IOException {
        return held.next(super::pollInput);
    }

    @Override
    protected byte[] translateCharacter(char input) {
        return TerminalText.utf8(input);
    }
}
