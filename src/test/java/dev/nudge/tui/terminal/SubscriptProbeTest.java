package dev.nudge.tui.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.nudge.layout.Subscripts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The subscript probe on a real {@link StreamTerminal} over piped streams, with a test thread in the part of the
 * terminal: it answers the cursor report as a terminal would (or never), and types keys around it.
 */
class SubscriptProbeTest {
    private static final Duration TIME_OUT = Duration.ofMillis(300);

    private final PipedOutputStream keyboard = new PipedOutputStream();
    private final InputStream keys;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final StreamTerminal terminal;

    SubscriptProbeTest() throws IOException {
        keys = new PipedInputStream(keyboard, 4096);
        terminal = new StreamTerminal(keys, screen, new TerminalSize(80, 24));
    }

    /** A terminal whose screen answers the query with {@code reply} once it has been asked, from another thread. */
    private StreamTerminal answering(String reply) throws IOException {
        var asked = new PipedInputStream(4096);
        var screenSide = new PipedOutputStream(asked);
        var answered = new StreamTerminal(keys, screenSide, new TerminalSize(80, 24));
        var answer = new Thread(() -> {
            try {
                var seen = new StringBuilder();
                while (!seen.toString().endsWith("\u001b[6n")) {
                    seen.append((char) asked.read());
                }
                type(reply);
                while (asked.read() >= 0) {
                    // Keep reading, as a terminal does, so the probe can erase its digits.
                }
            } catch (IOException e) {
                // The test is over.
            }
        });
        answer.setDaemon(true);
        answer.start();
        return answered;
    }

    private void type(String text) throws IOException {
        keyboard.write(text.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    /** The report's column says the width; on the first row Lanterna reads the report as F3 with modifiers. */
    @ParameterizedTest(name = "{0} gives {1}")
    @CsvSource({
        "'\u001b[12;3R', DIGITS",
        "'\u001b[12;5R', INLINE",
        "'\u001b[1;3R', DIGITS",
        "'\u001b[1;5R', INLINE",
    })
    void theColumnAfterTheDigitsSaysHowWideTheyAre(String reply, Subscripts expected) throws Exception {
        assertThat(answering(reply).measureSubscripts(TIME_OUT)).isEqualTo(expected);
    }

    @Test
    void writesTheDigitsFromTheFirstColumnAsksAndErasesThem() throws Exception {
        type("\u001b[3;3R");
        terminal.measureSubscripts(TIME_OUT);
        assertThat(screen.toString(StandardCharsets.UTF_8)).isEqualTo("\r₁²\u001b[6n\r\u001b[K");
    }

    @Test
    void aTerminalThatNeverAnswersCostsTheTimeOutAndLeavesSubscriptsUnmeasured() throws Exception {
        long started = System.nanoTime();
        assertThat(terminal.measureSubscripts(TIME_OUT)).isEqualTo(Subscripts.UNMEASURED);
        var waited = Duration.ofNanos(System.nanoTime() - started);
        assertThat(waited).isGreaterThanOrEqualTo(TIME_OUT).isLessThan(TIME_OUT.plusMillis(200));
        assertThat(screen.toString(StandardCharsets.UTF_8)).endsWith("\r\u001b[K");
    }

    @Test
    void aReplyThatComesLateIsNotReadAsKeys() throws Exception {
        terminal.measureSubscripts(TIME_OUT);
        type("\u001b[12;3Rx");
        assertThat(terminal.readInput()).isEqualTo(new KeyStroke('x', false, false));
    }

    @Test
    void aReplyOnTheFirstRowThatComesLateIsNotReadAsKeysEither() throws Exception {
        terminal.measureSubscripts(TIME_OUT);
        type("\u001b[1;3Ry");
        assertThat(terminal.readInput()).isEqualTo(new KeyStroke('y', false, false));
    }

    @Test
    void keysTypedBeforeTheReplyReachTheTutorInOrder() throws Exception {
        type("ab\u001b[12;3Rc");
        assertThat(terminal.measureSubscripts(TIME_OUT)).isEqualTo(Subscripts.DIGITS);
        assertThat(terminal.readInput()).isEqualTo(new KeyStroke('a', false, false));
        assertThat(terminal.pollInput()).isEqualTo(new KeyStroke('b', false, false));
        assertThat(terminal.readInput()).isEqualTo(new KeyStroke('c', false, false));
    }

    @Test
    void aReplyOfferedFromAnotherThreadIsTakenOnceAndOnlyIt() throws Exception {
        var reply = new CursorReply();
        assertThat(reply.offer(new KeyStroke('a', false, false))).isFalse();
        assertThat(reply.offer(new KeyStroke(KeyType.ArrowUp))).isFalse();
        var report = new com.googlecode.lanterna.input.ScreenInfoAction(new TerminalPosition(3, 7));
        var sender = new Thread(() -> reply.offer(report));
        sender.start();
        assertThat(reply.await(Duration.ofSeconds(5))).contains(new TerminalPosition(3, 7));
        assertThat(reply.offer(report)).as("a second report is a key like any other").isFalse();
    }

    @Test
    void aStreamTerminalFedElsewhereWaitsForItsReplyAtMostTheTimeOut() throws Exception {
        OutputStream nowhere = OutputStream.nullOutputStream();
        var remote = new StreamTerminal(InputStream.nullInputStream(), nowhere, new TerminalSize(80, 24));
        long started = System.nanoTime();
        assertThat(remote.measureSubscripts(new CursorReply(), TIME_OUT)).isEqualTo(Subscripts.UNMEASURED);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIME_OUT.plusMillis(200));
    }
}
