package dev.nudge.ssh;

import java.net.InetSocketAddress;
import java.util.Arrays;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.session.AbstractServerSession;
import org.apache.sshd.server.session.ServerProxyAcceptor;
import org.apache.sshd.server.session.ServerSession;

/**
 * Reads the PROXY protocol header a TCP load balancer sends before the client's SSH identification, where SSHD lets a
 * server look at those bytes first. With {@code --proxy-protocol} the learner's address in the header replaces the
 * balancer's for the log, {@code from=} and the per-address limits, which are counted here rather than at accept; a
 * connection without a header, or with a malformed one, is closed and counted against its TCP peer. Without the option
 * a connection that begins with a header is closed: anyone who can reach the port could otherwise claim any address.
 */
final class ProxyAcceptor implements ServerProxyAcceptor {
    /** The header's length once read: SSHD asks again until the identification is complete, and it is skipped. */
    private static final AttributeKey<Integer> READ = new AttributeKey<>();

    private final boolean expected;
    private final ConnectionGate attempts;
    private final StartupGate startups;
    /** Where refusals are logged: a flood of bad headers is counted, not logged line by line. */
    private final RefusalTally refusals;

    ProxyAcceptor(boolean expected, ConnectionGate attempts, StartupGate startups, RefusalTally refusals) {
        this.expected = expected;
        this.attempts = attempts;
        this.startups = startups;
        this.refusals = refusals;
    }

    @Override
    public boolean acceptServerProxyMetadata(ServerSession session, Buffer buffer) throws Exception {
        var read = session.getAttribute(READ);
        if (read != null) {
            buffer.rpos(buffer.rpos() + read);
            return true;
        }
        var data = Arrays.copyOfRange(buffer.array(), buffer.rpos(),
                buffer.rpos() + Math.min(buffer.available(), ProxyHeader.MAX));
        return expected ? readHeader(session, buffer, data) : refuseHeader(session, data);
    }

    private boolean readHeader(ServerSession session, Buffer buffer, byte[] data) throws BadProxyHeader {
        var peer = session.getIoSession().getRemoteAddress();
        ProxyHeader header;
        try {
            var found = ProxyHeader.read(data);
            if (found.isEmpty()) {
                return false;
            }
            header = found.get();
        } catch (BadProxyHeader e) {
            refusals.refused(Addresses.text(peer), e.getMessage());
            countAgainst(session, peer);
            throw e;
        }
        if (header.source() != null && session instanceof AbstractServerSession server) {
            server.setClientAddress(header.source());
        }
        var learner = session.getClientAddress();
        countAgainst(session, learner);
        if (learner instanceof InetSocketAddress inet && !startups.admit(session.getIoSession(), inet)) {
            throw new BadProxyHeader("too many connections from " + Addresses.text(learner) + " not logged in yet");
        }
        session.setAttribute(READ, header.length());
        buffer.rpos(buffer.rpos() + header.length());
        return true;
    }

    private boolean refuseHeader(ServerSession session, byte[] data) throws BadProxyHeader {
        if (ProxyHeader.isPrefixOfOne(data)) {
            return false;
        }
        if (ProxyHeader.begins(data)) {
            var why = "it began with a PROXY protocol header, and --proxy-protocol is off (turn it on only when "
                    + "every connection comes through a load balancer that sends one)";
            refusals.refused(Addresses.text(session.getIoSession().getRemoteAddress()), why);
            throw new BadProxyHeader(why);
        }
        session.setAttribute(READ, 0);
        return true;
    }

    private void countAgainst(ServerSession session, java.net.SocketAddress address) {
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            attempts.count(session, inet.getAddress());
        }
    }
}
