package dev.nudge.ssh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.assertj.core.api.Assertions;

/**
 * The learner's end of a tutor session: what the server sends is collected and read as a terminal would show it, and
 * keys are sent as a terminal sends them.
 */
final class RemoteTerminal implements AutoCloseable {
    private final ChannelShell channel;
    private final Output output = new Output();
    private volatile int columns;
    private volatile int rows;

    private RemoteTerminal(ChannelShell channel, int columns, int rows) {
        this.channel = channel;
        this.columns = columns;
        this.rows = rows;
    }

    static RemoteTerminal open(ChannelShell channel, int columns, int rows) throws IOException {
        var terminal = new RemoteTerminal(channel, columns, rows);
        channel.setOut(terminal.output);
        channel.setErr(terminal.output);
        channel.open().verify(TestServer.TIMEOUT);
        return terminal;
    }

    ChannelShell channel() {
        return channel;
    }

    /** Tells the server the window changed size, as a terminal window does when dragged. */
    void resize(int newColumns, int newRows) throws IOException {
        output.clear();
        columns = newColumns;
        rows = newRows;
        channel.sendWindowChange(newColumns, newRows);
    }

    void type(String keys) throws IOException {
        var in = channel.getInvertedIn();
        in.write(keys.getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** The screen as the learner sees it now (since the last resize, which redraws everything). */
    String screen() {
        return ScreenModel.replay(output.text(), columns, rows).text();
    }

    String awaitText(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TestServer.TIMEOUT.toNanos();
        var screen = screen();
        while (!screen.contains(text)) {
            if (System.nanoTime() > deadline) {
                Assertions.fail("the screen never showed \"" + text + "\"; it shows:\n" + screen);
            }
            Thread.sleep(10);
            screen = screen();
        }
        return screen;
    }

    /** Waits for the server to close the channel, and returns the exit status it sent. */
    Integer awaitClosed() {
        var events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TestServer.TIMEOUT);
        Assertions.assertThat(events).as("channel closed").contains(ClientChannelEvent.CLOSED);
        return channel.getExitStatus();
    }

    /** Closes the channel as a client that leaves politely does (SSHD's plain {@code close()} just drops it). */
    @Override
    public void close() throws IOException {
        channel.close(false).await(TestServer.TIMEOUT);
    }

    /** Collects bytes from the I/O thread for readers on the test thread. */
    private static final class Output extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        synchronized void clear() {
            bytes.reset();
        }
    }
}
