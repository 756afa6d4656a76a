package dev.nudge.ssh;

import com.googlecode.lanterna.TerminalSize;
import java.util.Map;
import java.util.Optional;
import org.apache.sshd.server.Environment;

/**
 * The terminal a client asked for: its type and size. SSHD records a pty request as the {@code TERM},
 * {@code COLUMNS} and {@code LINES} variables; without them there is no terminal to draw on.
 */
record PtyRequest(String term, TerminalSize size) {
    /** Some clients send 0x0 when they do not know their size; the tutor then assumes the classic 80x24. */
    private static final TerminalSize DEFAULT_SIZE = new TerminalSize(80, 24);
    /**
     * The screen buffers grow with the size a client claims, so a claim of millions of cells could exhaust the
     * memory every session shares; no real window is larger than this (a 4K screen with a tiny font).
     */
    static final TerminalSize LARGEST = new TerminalSize(500, 200);

    static Optional<PtyRequest> of(Environment environment) {
        var variables = environment.getEnv();
        var term = variables.get(Environment.ENV_TERM);
        if (term == null || !variables.containsKey(Environment.ENV_COLUMNS)) {
            return Optional.empty();
        }
        return Optional.of(new PtyRequest(term, size(variables)));
    }

    /** The size the client reports now: at the request, and again after each window change. */
    static TerminalSize size(Map<String, String> variables) {
        int columns = number(variables.get(Environment.ENV_COLUMNS));
        int rows = number(variables.get(Environment.ENV_LINES));
        if (columns <= 0 || rows <= 0) {
            return DEFAULT_SIZE;
        }
        return new TerminalSize(Math.min(columns, LARGEST.getColumns()), Math.min(rows, LARGEST.getRows()));
    }

    private static int number(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    String describe() {
        return term + ", " + size.getColumns() + "x" + size.getRows();
    }
}
