package dev.nudge.ssh;

import java.io.IOException;
import java.util.Map;
import org.apache.sshd.common.channel.Channel;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.channel.PtyMode;
import org.apache.sshd.common.channel.RequestHandler;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.server.channel.ChannelSession;

/**
 * A session channel that keeps only the {@link ClientVariables} the tutor reads. SSHD's own channel stores every
 * {@code env} request before the shell starts, however many and however large: one connection sending thousands of
 * 200 KB values pinned more than a gigabyte. Here the refused ones are answered with failure, as OpenSSH's server
 * answers variables not in its {@code AcceptEnv}, and dropped.
 */
final class GuardedChannelSession extends ChannelSession {
    /** Makes these channels in place of SSHD's {@code ChannelSessionFactory}. */
    static final ChannelFactory FACTORY = new ChannelFactory() {
        @Override
        public String getName() {
            return "session";
        }

        @Override
        public Channel createChannel(Session session) {
            return new GuardedChannelSession();
        }
    };

    @Override
    protected RequestHandler.Result handleEnvParsed(String name, String value) throws IOException {
        if (!ClientVariables.accepts(name, value, getEnvironment().getEnv())) {
            return RequestHandler.Result.ReplyFailure;
        }
        return super.handleEnvParsed(name, value);
    }

    /** The modes are a map keyed by SSHD's closed set of modes, so they are bounded already; the name is not. */
    @Override
    protected RequestHandler.Result handlePtyReqParsed(String term, int columns, int rows, int width, int height,
            Map<PtyMode, Integer> modes) throws IOException {
        if (!ClientVariables.acceptsTerminal(term)) {
            return RequestHandler.Result.ReplyFailure;
        }
        return super.handlePtyReqParsed(term, columns, rows, width, height, modes);
    }
}
