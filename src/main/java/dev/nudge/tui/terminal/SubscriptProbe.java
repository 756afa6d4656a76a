package dev.nudge.tui.terminal;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.InputDecoder;
import dev.nudge.layout.Subscripts;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Asks a terminal how wide it draws script digits, before the first frame: it writes a subscript and a superscript
 * digit ({@code ₁²}, both East-Asian-ambiguous width) from the first column of the cursor's line, asks where the
 * cursor went (DSR, {@code ESC [ 6 n}), and erases them again. Two characters one column each leave it in column 3.
 * Lanterna's own {@code getCursorPosition} waits five seconds for a terminal that never answers and holds the
 * terminal's lock meanwhile; this waits {@link #TIME_OUT} at most, and a late answer is still taken out of the keys.
 */
public final class SubscriptProbe {
    /** Long enough for a terminal across a slow network to answer, short enough not to hold up the first frame. */
    public static final Duration TIME_OUT = Duration.ofMillis(300);

    /** The first column, the two digits, then the request for the cursor's position. */
    static final String QUERY = "\r₁²\u001b[6n";
    /** The first column again, and the line cleared from there. */
    static final String ERASE = "\r\u001b[K";

    private static final int COLUMN_AFTER_ONE_COLUMN_EACH = 3;

    private SubscriptProbe() {
    }

    /** Writing text to the terminal, exactly and at once. */
    @FunctionalInterface
    public interface Sending {
        void send(String text) throws IOException;
    }

    /** Waiting for the terminal's cursor report; empty when it did not come in time. */
    @FunctionalInterface
    public interface Waiting {
        Optional<TerminalPosition> report() throws IOException, InterruptedException;
    }

    /** Writes the query, waits for the report and erases the query: digits, in line, or unmeasured without a reply. */
    public static Subscripts measure(Sending terminal, Waiting reply) throws IOException, InterruptedException {
        terminal.send(QUERY);
        try {
            return reply.report().map(SubscriptProbe::fromReport).orElse(Subscripts.UNMEASURED);
        } finally {
            terminal.send(ERASE);
        }
    }

    /** What a report of the cursor after the two digits says about their width. */
    static Subscripts fromReport(TerminalPosition report) {
        return report.getColumn() == COLUMN_AFTER_ONE_COLUMN_EACH ? Subscripts.DIGITS : Subscripts.INLINE;
    }

    /**
     * The report, read from the terminal's own key decoder for at most {@code timeOut}; every other key read meanwhile
     * is held for the tutor. For a terminal whose keys nobody else reads yet.
     */
    static Optional<TerminalPosition> decoded(InputDecoder keys, CursorReply reply, HeldKeys held, Duration timeOut)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeOut.toNanos();
        while (!reply.arrived() && System.nanoTime() < deadline) {
            var key = keys.getNextCharacter(false);
            if (key == null) {
                Thread.sleep(1);
            } else if (!reply.offer(key)) {
                held.hold(key);
            }
        }
        return reply.position();
    }
}
