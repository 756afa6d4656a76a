package dev.nudge.tui.runtime;

import com.googlecode.lanterna.input.BasicCharacterPattern;
import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyDecodingProfile;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns the bytes a remote terminal sends into key strokes as they arrive, on the caller's thread, so a session over
 * the network needs no thread blocked on reading. It uses Lanterna's own key patterns, plus one for a bare carriage
 * return: without a tty line discipline (as over SSH) Enter arrives as {@code \r}, which Lanterna 3.1's default
 * profile only knows followed by a NUL, and would otherwise swallow together with the next key.
 */
public final class KeyDecoder {
    private static final KeyDecodingProfile BARE_CARRIAGE_RETURN =
            () -> List.of(new BasicCharacterPattern(new KeyStroke(KeyType.Enter), '\r'));

    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    /** Bytes of a character split between two packets wait here for the rest. */
    private ByteBuffer partial = ByteBuffer.allocate(0);
    private final PendingText pending = new PendingText();
    private final InputDecoder decoder = new InputDecoder(pending);

    public KeyDecoder() {
        decoder.addProfile(new DefaultKeyDecodingProfile());
        decoder.addProfile(BARE_CARRIAGE_RETURN);
    }

    /** Decodes {@code length} bytes and hands every key stroke they complete to {@code keys}, in order. */
    public synchronized void feed(byte[] data, int offset, int length, Consumer<KeyStroke> keys) {
        pending.append(decodeText(data, offset, length));
        var burst = new java.util.ArrayList<KeyStroke>();
        try {
            for (var stroke = decoder.getNextCharacter(false); stroke != null; stroke = decoder.getNextCharacter(false)) {
                burst.add(stroke);
            }
            PastedLines.joined(burst).forEach(keys);
        } catch (IOException e) {
            // The source is in memory; it cannot fail.
            throw new UncheckedIOException(e);
        }
    }

    private CharSequence decodeText(byte[] data, int offset, int length) {
        var bytes = ByteBuffer.allocate(partial.remaining() + length).put(partial).put(data, offset, length).flip();
        var text = CharBuffer.allocate(bytes.remaining());
        utf8.decode(bytes, text, false);
        partial = bytes.slice();
        return text.flip();
    }
}
