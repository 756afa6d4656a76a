package dev.nudge.tui.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyDecoderTest {
    private final KeyDecoder decoder = new KeyDecoder();
    private final List<KeyStroke> keys = new ArrayList<>();

    private void feed(byte... bytes) {
        decoder.feed(bytes, 0, bytes.length, keys::add);
    }

    private void feed(String text) {
        feed(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBareCarriageReturnIsEnterAtOnceAndTheNextKeyIsKept() {
        feed("\r");
        assertThat(keys).containsExactly(new KeyStroke(KeyType.Enter));
        feed("q");
        assertThat(keys).containsExactly(new KeyStroke(KeyType.Enter), new KeyStroke('q', false, false));
    }

    @Test
    void aPacketHoldingSeveralLinesIsOneLineJoinedWithSpaces() {
        feed("2P_1\r\n+ 4\r");
        assertThat(keys).extracting(k -> k.getKeyType() == KeyType.Enter ? "⏎" : k.getCharacter().toString())
                .containsExactly("2", "P", "_", "1", " ", "+", " ", "4", "⏎");
    }

    @Test
    void arrowsEscapeAndCtrlKeysAreDecoded() {
        feed("\u001b[A");
        feed("\u001b");
        feed("\u0003");
        assertThat(keys).containsExactly(new KeyStroke(KeyType.ArrowUp), new KeyStroke(KeyType.Escape),
                new KeyStroke('c', true, false));
    }

    @Test
    void aCharacterSplitBetweenTwoPacketsArrivesWhole() {
        byte[] e = "é".getBytes(StandardCharsets.UTF_8);
        feed(e[0]);
        assertThat(keys).isEmpty();
        feed(e[1], (byte) '?');
        assertThat(keys).containsExactly(new KeyStroke('é', false, false), new KeyStroke('?', false, false));
    }
}
