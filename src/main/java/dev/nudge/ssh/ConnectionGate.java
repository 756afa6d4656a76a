package dev.nudge.ssh;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.kex.KexProposalOption;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.server.session.ServerSession;

/**
 * Turns away connections from an address that tried too often in the last minute. The attempt is counted as the
 * connection opens; the refusal is sent once the key exchange is done, because only then does the client show the
 * server's message to the person (before it, the connection could only be dropped without a word).
 */
final class ConnectionGate implements SessionListener {
    private static final AttributeKey<Boolean> REFUSED = new AttributeKey<>();

    private final AttemptLimiter limiter;
    private final int perMinute;
    private final Consumer<String> log;
    private final boolean behindProxy;

    /** With {@code behindProxy} the attempt is counted by {@link ProxyAcceptor}, once the learner's address is known. */
    ConnectionGate(AttemptLimiter limiter, int perMinute, Consumer<String> log, boolean behindProxy) {
        this.limiter = limiter;
        this.perMinute = perMinute;
        this.log = log;
        this.behindProxy = behindProxy;
    }

    @Override
    public void sessionCreated(Session session) {
        if (!behindProxy && session.getIoSession().getRemoteAddress() instanceof InetSocketAddress remote) {
            count(session, remote.getAddress());
        }
    }

    /** Counts an attempt from {@code address}, marking the connection to be turned away if it is one too many. */
    void count(Session session, InetAddress address) {
        if (!limiter.allow(address)) {
            session.setAttribute(REFUSED, Boolean.TRUE);
        }
    }

    @Override
    public void sessionNegotiationEnd(Session session, Map<KexProposalOption, String> clientProposal,
            Map<KexProposalOption, String> serverProposal, Map<KexProposalOption, String> negotiatedOptions,
            Throwable reason) {
        if (reason != null || session.getAttribute(REFUSED) == null || !session.isOpen()) {
            return;
        }
        var address = Addresses.text(session instanceof ServerSession server ? server.getClientAddress()
                : session.getIoSession().getRemoteAddress());
        log.accept("refused a connection from " + address + ": more than " + perMinute + " attempts in a minute");
        try {
            session.disconnect(SshConstants.SSH2_DISCONNECT_TOO_MANY_CONNECTIONS,
                    "nudge: too many connection attempts from your address (at most " + perMinute
                            + " a minute); wait a minute and try again");
        } catch (IOException e) {
            session.close(true);
        }
    }
}
