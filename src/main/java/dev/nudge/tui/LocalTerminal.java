package dev.nudge.tui;

import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The terminal nudge runs in locally: a Unix terminal that always speaks UTF-8 (Java's default charset is US-ASCII
 * under {@code LANG=C}), never opens a Swing window, delivers Ctrl-C as a key, and sends each character's exact
 * bytes. Lanterna's own shutdown hook gives the terminal back (main screen, cursor, echo and line mode) when the
 * JVM ends on SIGTERM, SIGHUP or SIGINT.
 */
public final class LocalTerminal extends UnixTerminal {

    private LocalTerminal(InputStream in, OutputStream out) throws IOException {
        super(in, out, StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);
    }

    public static LocalTerminal open() throws IOException {
        return new LocalTerminal(System.in, System.out);
    }

    @Override
    protected byte[] translateCharacter(char input) {
        return TerminalText.utf8(input);
    }
}
