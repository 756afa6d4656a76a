package dev.nudge.ssh;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicReference;
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
        if (!behindProxy && io.getRemoteAddress() instanceof InetSocketAddress inet && !admit(io, inet)) {
            io.close(true);
            return;
        }
        try {
            super.sessionCreated(io);
        } catch (Exception | Error e) {
            release(io);
            throw e;
        }
    }

    /**
     * Counts the connection against {@code address} (its TCP peer, or the learner's address from a PROXY header), or
     * logs why it may not wait with the others and returns false; the caller then closes it.
     */
    boolean admit(IoSession io, InetSocketAddress address) {
        if (address.getAddress() == null) {
            return true;
        }
        var refusal = startups.admit(address.getAddress());
        if (refusal.isPresent()) {
            refusals.refused(Addresses.text(address), refusal.get());
            return false;
        }
        io.setAttribute(WAITING, new AtomicReference<>(address.getAddress()));
        return true;
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
    @SuppressWarnings("unchecked")
    private void release(IoSession io) {
        var waiting = (AtomicReference<InetAddress>) io.getAttribute(WAITING);
        var address = waiting == null ? null : waiting.getAndSet(null);
        if (address != null) {
            startups.release(address);
        }
    }
}
