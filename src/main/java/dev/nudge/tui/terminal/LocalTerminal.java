package dev.nudge.tui.terminal;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import dev.nudge.layout.Subscripts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import sun.misc.Signal;

/**
 * The terminal nudge runs in locally: a Unix terminal that always speaks UTF-8 (Java's default charset is US-ASCII
 * under {@code LANG=C}), never opens a Swing window, delivers Ctrl-C as a key, and sends each character's exact
 * bytes. Lanterna's own shutdown hook gives the terminal back (main screen, cursor, echo and line mode) when the
 * JVM ends on SIGTERM, SIGHUP or SIGINT.
 *
 * <p>Lanterna sets the terminal up with five {@code stty} processes (save, leave line mode, deliver each key at once,
 * echo, Ctrl-C) and gives it back with two; each costs a few milliseconds before the first frame. Here it takes two to
 * set up (save the settings, then change them all at once) and one to give back: the saved settings include the
 * original Ctrl-C. Lanterna calls these hooks only while taking and giving back the terminal, in that order.
 *
 * <p>Lanterna learns the window's size by asking the terminal to report its cursor, twice as the screen starts: a
 * round trip each, which over SSH is the network's. The {@code stty} that changes the settings says the size too, and
 * another says it after each change of size; the report is asked for only when {@code stty} cannot say.
 */
public final class LocalTerminal extends UnixTerminal {
    /**
     * The window's size as {@code stty} last said it; null when it could not. Set while Lanterna's constructor runs
     * (so it has no initializer, which would run after and wipe it) and by the resize signal's thread.
     */
    private volatile TerminalSize knownSize;

    /** Keys typed while the terminal was asked how wide it draws subscripts; {@link #held()} makes it on first use. */
    private HeldKeys held;

    /** The settings for reading keys one at a time, unechoed, with Ctrl-C as a key (see {@link #canonicalMode}). */
    private static final byte[] GIVE_BACK = "\u001b[0m\u001b[?25h\u001b[?1049l".getBytes(StandardCharsets.US_ASCII);

    private static final String[] RAW = {"-icanon", "min", "1", "-echo", "intr", "undef"};

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
            Signal.handle(new Signal("WINCH"), signal -> {
                knownSize = sttySize();
                onResize.run();
            });
        } catch (IllegalArgumentException | UnsupportedOperationException noSuchSignal) {
            // Without the signal, the size is still read when the screen starts; only live resizing is lost.
        }
    }

    /**
     * Leaves line mode and, in the same {@code stty}, turns off echo and Ctrl-C's signal (see below) and reads the
     * window's size. An {@code stty} that cannot do all that at once is asked again, for the settings alone.
     */
    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (enabled) {
            runSTTYCommand("icanon");
            return;
        }
        var rawAndSize = Arrays.copyOf(RAW, RAW.length + 1);
        rawAndSize[RAW.length] = "size";
        knownSize = parseSize(runSTTYCommand(rawAndSize));
        if (knownSize == null) {
            runSTTYCommand(RAW);
        }
    }

    /** The window's size as {@code stty} last said it; when it could not, the terminal is asked, as Lanterna does. */
    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        var known = knownSize;
        return known != null ? known : super.findTerminalSize();
    }

    private TerminalSize sttySize() {
        try {
            return parseSize(runSTTYCommand("size"));
        } catch (IOException e) {
            return null;
        }
    }

    /** The size in what {@code stty size} prints ("rows columns"); null for anything else, or for no size at all. */
    static TerminalSize parseSize(String output) {
        var parts = output.strip().split("\\s+");
        if (parts.length != 2) {
            return null;
        }
        try {
            int rows = Integer.parseInt(parts[0]);
            int columns = Integer.parseInt(parts[1]);
            return rows > 0 && columns > 0 ? new TerminalSize(columns, rows) : null;
        } catch (NumberFormatException e) {
            return null;
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

    /**
     * Gives the terminal back from any thread, whatever the tutor was doing: plain colours, the cursor shown, the main
     * screen, and the settings saved at the start. For a crash, when the code that normally does it cannot run;
     * doing it twice does no harm.
     */
    public void giveBack() {
        try {
            System.out.write(GIVE_BACK);
            System.out.flush();
            restoreTerminalSettings();
        } catch (IOException | RuntimeException e) {
            // Nothing more can be done for a terminal that is gone.
        }
    }

    /**
     * Asks the terminal how wide it draws script digits ({@link SubscriptProbe}), reading its keys for at most
     * {@code timeOut}. Keys typed meanwhile come out of {@link #readInput} and {@link #pollInput} first.
     */
    public Subscripts measureSubscripts(Duration timeOut) throws IOException, InterruptedException {
        var reply = new CursorReply();
        return SubscriptProbe.measure(this::send,
                () -> SubscriptProbe.decoded(getInputDecoder(), reply, held(), timeOut));
    }

    /** The held keys, made on first use: Lanterna's constructor may read keys before a field initializer runs. */
    private synchronized HeldKeys held() {
        if (held == null) {
            held = new HeldKeys();
        }
        return held;
    }

    private void send(String text) throws IOException {
        writeToTerminal(text.getBytes(StandardCharsets.UTF_8));
        flush();
    }

    @Override
    public KeyStroke readInput() throws IOException {
        return held().next(super::readInput);
    }

    @Override
    public KeyStroke pollInput() throws IOException {
        return held().next(super::pollInput);
    }

    @Override
    protected byte[] translateCharacter(char input) {
        return TerminalText.utf8(input);
    }
}
