package dev.nudge.ssh;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
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
    /** At most one log line per this long tells of refusals; the others are counted into the next one. */
    static final Duration LOG_EVERY = Duration.ofSeconds(10);
    private static final String WAITING = StartupGate.class.getName() + ".waiting";

    private final Startups startups;
    private final Consumer<String> log;
    private final LongSupplier nanoClock;
    private long lastLogged;
    private long unlogged;
    private String lastReason;
    private boolean loggedOnce;

    StartupGate(ServerFactoryManager server, Startups startups, Consumer<String> log, LongSupplier nanoClock) {
        super(server);
        this.startups = startups;
        this.log = log;
        this.nanoClock = nanoClock;
    }

    @Override
    public void sessionCreated(IoSession io) throws Exception {
        var address = io.getRemoteAddress() instanceof InetSocketAddress inet ? inet.getAddress() : null;
        if (address == null) {
            super.sessionCreated(io);
            return;
        }
        var refusal = startups.admit(address);
        if (refusal.isPresent()) {
            tell(Addresses.text(io.getRemoteAddress()), refusal.get());
            io.close(true);
            return;
        }
        io.setAttribute(WAITING, new AtomicReference<>(address));
        try {
            super.sessionCreated(io);
        } catch (Exception | Error e) {
            release(io);
            throw e;
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
    @SuppressWarnings("unchecked")
    private void release(IoSession io) {
        var waiting = (AtomicReference<InetAddress>) io.getAttribute(WAITING);
        var address = waiting == null ? null : waiting.getAndSet(null);
        if (address != null) {
            startups.release(address);
        }
    }

    /**
     * A flood is thousands of refusals a second: the log gets the first at once, and the others are counted into
     * {@link #reportRefusals}, which the server's timer calls every {@link #LOG_EVERY}.
     */
    private synchronized void tell(String address, String reason) {
        long now = nanoClock.getAsLong();
        if (loggedOnce && now - lastLogged < LOG_EVERY.toNanos()) {
            unlogged++;
            lastReason = address + ": " + reason;
            return;
        }
        log.accept("refused a connection from " + address + " before it logged in: " + reason);
        loggedOnce = true;
        lastLogged = now;
    }

    /** Logs how many refusals {@link #tell} only counted since the last line, if any. */
    synchronized void reportRefusals() {
        if (unlogged == 0) {
            return;
        }
        log.accept("refused " + unlogged + " more connections before they logged in since "
                + Durations.brief(Duration.ofNanos(nanoClock.getAsLong() - lastLogged)) + " ago (the last from "
                + lastReason + ")");
        lastLogged = nanoClock.getAsLong();
        unlogged = 0;
    }
}
