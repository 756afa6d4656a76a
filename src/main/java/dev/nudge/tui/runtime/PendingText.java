package dev.nudge.tui.runtime;

import java.io.Reader;

/**
 * Text received but not yet decoded into keys, as the {@link Reader} that Lanterna's input decoder reads from. It
 * never blocks: it is ready exactly when it holds text, and the decoder, asked not to block, reads only then.
 */
final class PendingText extends Reader {
    private final StringBuilder text = new StringBuilder();

    void append(CharSequence more) {
        text.append(more);
    }

    @Override
    public boolean ready() {
        return text.length() > 0;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        int count = Math.min(length, text.length());
        text.getChars(0, count, buffer, offset);
        text.delete(0, count);
        return count;
    }

    @Override
    public void close() {
        text.setLength(0);
    }
}
