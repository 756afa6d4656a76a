package dev.nudge.ssh;

import java.io.IOException;
import org.apache.sshd.server.channel.ChannelDataReceiver;
import org.apache.sshd.server.channel.ChannelSession;

/**
 * Takes the bytes a learner types, on SSHD's I/O thread, and hands them to their session at once, so no thread per
 * session waits on a stream. Returning the full length gives the client its window back immediately.
 */
final class KeyReceiver implements ChannelDataReceiver {
    private final TutorSession session;

    KeyReceiver(TutorSession session) {
        this.session = session;
    }

    @Override
    public int data(ChannelSession channel, byte[] buffer, int start, int length) {
        session.typed(buffer, start, length);
        return length;
    }

    @Override
    public void close() throws IOException {
        session.inputEnded();
    }
}
