package dev.nudge.tui;

import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import sun.misc.Signal;

/**
 * The terminal nudge runs in locally: a Unix terminal that always speaks UTF-8 (Java's default charset is US-ASCII
 * under {@code LANG=C}), never opens a Swing window, delivers Ctrl-C as a key, and sends each character's exact
 * bytes. Lanterna's own shutdown hook gives the terminal back (main screen, cursor, echo and line mode) when the
 * JVM ends on SIGTERM, SIGHUP or SIGINT.
 *
 * <p>Lanterna sets the terminal up with five {@code stty} processes (save, leave line mode, deliver each key at once, echo, Ctrl-C) and
 * gives it back with two; each costs a few milliseconds before the first frame. Here it takes two to set up (save the
 * settings, then change them all at once) and one to give back: the saved settings include the original Ctrl-C.
 * Lanterna calls these hooks only while taking and giving back the terminal, in that order.
 */
public final class LocalTerminal extends UnixTerminal {

    private LocalTerminal(InputStream in, OutputStream out) throws IOException {
        super(in, out, StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);
    }

    public static LocalTerminal open() throws IOException {
        return new LocalTerminal(System.in, System.out);
    }

    /**
     * Hears the window change size (SIGWINCH) as Lanterna does, but without the reflection and dynamic proxy Lanterna
     * uses to reach the same JDK class, which cost milliseconds before the first frame.
     */
    @Override
    protected void registerTerminalResizeListener(Runnable onResize) {
        try {
            Signal.handle(new Signal("WINCH"), signal -> onResize.run());
        } catch (IllegalArgumentException | UnsupportedOperationException noSuchSignal) {
            // Without the signal, the size is still read when the screen starts; only live resizing is lost.
        }
    }

    /** Leaves line mode and, in the same {@code stty}, turns off echo and Ctrl-C's signal (see below). */
    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (enabled) {
            runSTTYCommand("icanon");
        } else {
            runSTTYCommand("-icanon", "min", "1", "-echo", "intr", "undef");
        }
    }

    /** Echo is turned off together with line mode, and comes back with the saved settings. */
    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (enabled) {
            runSTTYCommand("echo");
        }
    }

    /** Ctrl-C's signal is turned off together with line mode, and comes back with the saved settings. */
    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) {
        // Nothing to do on its own; see canonicalMode and the class comment.
    }

    @Override
    protected byte[] translateCharacter(char input) {
        return TerminalText.utf8(input);
    }
}
