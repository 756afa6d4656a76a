package dev.nudge.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * What runs instead of the tutor when a request cannot have one (no terminal, a command, a full class): one line on
 * the client's standard error saying why and what to do, then exit status 1. Nothing else ever runs on the server.
 */
final class OneLineReply implements Command {
    static final int EXIT_REFUSED = 1;

    private final String line;
    private OutputStream err;
    private ExitCallback exit;

    OneLineReply(String line) {
        this.line = line;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void setInputStream(InputStream in) {
        // Nothing is read: the client's input is ignored.
    }

    @Override
    public void setOutputStream(OutputStream out) {
        // The reply goes to standard error, where a refusal belongs.
    }

    /** Writes on a thread of its own, since {@code start} runs on an I/O thread and writing may wait for the client. */
    @Override
    public void start(ChannelSession channel, Environment environment) {
        var thread = new Thread(this::reply, "nudge-reply");
        thread.setDaemon(true);
        thread.start();
    }

    private void reply() {
        try {
            err.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            err.flush();
        } catch (IOException e) {
            // The client left before reading the reason; there is no one left to tell.
        } finally {
            exit.onExit(EXIT_REFUSED, line);
        }
    }

    @Override
    public void destroy(ChannelSession channel) {
        // Nothing to release.
    }
}
