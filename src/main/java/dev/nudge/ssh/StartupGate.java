package dev.nudge.ssh;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.apache.sshd.common.io.IoSession;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.common.session.helpers.AbstractSession;
import org.apache.sshd.server.ServerFactoryManager;
import org.apache.sshd.server.session.SessionFactory;

/**
 * Where SSHD turns an accepted socket into an SSH session: a connection beyond the {@link Startups} limits is closed
 * here at once, before any session, buffer or key exchange is made for it. (Refusing from SSHD's
 * {@code IoServiceEventListener.connectionAccepted} instead would leave the refused socket open: SSHD 2.20 does not
 * close it.) It also listens for the login that frees a connection's place.
 */
final class StartupGate extends SessionFactory implements SessionListener {
    private static final String WAITING = StartupGate.class.getName() + ".waiting";

    private final Startups startups;
    private final RefusalTally refusals;
    private final boolean behindProxy;

    /** With {@code behindProxy} a connection is counted by {@link ProxyAcceptor}, against the learner's address. */
    StartupGate(ServerFactoryManager server, Startups startups, RefusalTally refusals, boolean behindProxy) {
        super(server);
        this.startups = startups;
        this.refusals = refusals;
        this.behindProxy = behindProxy;
    }

    @Override
    public void sessionCreated(IoSession io) throws Exception {
        if (io.getRemoteAddress() instanceof InetSocketAddress inet && inet.getAddress() != null) {
            var refusal = behindProxy ? startups.admitUnaddressed() : startups.admit(inet.getAddress());
            if (refusal.isPresent()) {
                refusals.refused(Addresses.text(inet), refusal.get());
                io.close(true);
                return;
            }
            io.setAttribute(WAITING, new Place(behindProxy ? null : inet.getAddress()));
        }
        try {
            super.sessionCreated(io);
        } catch (Exception | Error e) {
            release(io);
            throw e;
        }
    }

    /**
     * Behind a load balancer: counts the connection against the learner's {@code address} from its PROXY header, or
     * logs why it may not wait with the others and returns false; the caller then closes it.
     */
    boolean admit(IoSession io, InetSocketAddress address) {
        var place = (Place) io.getAttribute(WAITING);
        if (place == null || address.getAddress() == null) {
            return true;
        }
        synchronized (place) {
            if (place.given) {
                return true;
            }
            var refusal = startups.address(address.getAddress());
            if (refusal.isPresent()) {
                refusals.refused(Addresses.text(address), refusal.get());
                return false;
            }
            place.address = address.getAddress();
            return true;
        }
    }

    @Override
    public void sessionClosed(IoSession io) throws Exception {
        release(io);
        // A refused connection never had an SSH session to close.
        if (AbstractSession.getSession(io, true) != null) {
            super.sessionClosed(io);
        }
    }

    @Override
    public void sessionEvent(Session session, Event event) {
        if (event == Event.Authenticated) {
            release(session.getIoSession());
        }
    }

    /** Gives back the connection's place once, at its login or its close, whichever comes first. */
    private void release(IoSession io) {
        var place = (Place) io.getAttribute(WAITING);
        if (place == null) {
            return;
        }
        synchronized (place) {
            if (!place.given) {
                place.given = true;
                startups.release(place.address);
            }
        }
    }

    /** A connection's place among those waiting: the address it is counted against, once known. */
    private static final class Place {
        private InetAddress address;
        private boolean given;

        Place(InetAddress address) {
            this.address = address;
        }
    }
}
