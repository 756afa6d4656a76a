package dev.nudge.ssh;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.sshd.common.global.KeepAliveHandler;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.global.NoMoreSessionsHandler;

/**
 * {@code nudge serve}: an SSH server whose only shell is the tutor, one session per learner's channel. Everything
 * else an SSH server usually offers is switched off explicitly rather than trusted to defaults: password and
 * keyboard-interactive logins, commands, subsystems (sftp), port, agent and X11 forwarding.
 */
public final class ClassServer implements AutoCloseable {
    /** How long sessions get to say goodbye when the server stops, before the connections are cut. */
    public static final Duration GOODBYE_TIME = Duration.ofSeconds(3);

    private final SshServer sshd;
    private final HostKey hostKey;
    private final Doorkeeper doorkeeper;
    private final SessionRegistry registry;
    private final ScheduledExecutorService timer;

    private ClassServer(SshServer sshd, HostKey hostKey, Doorkeeper doorkeeper, SessionRegistry registry,
            ScheduledExecutorService timer) {
        this.sshd = sshd;
        this.hostKey = hostKey;
        this.doorkeeper = doorkeeper;
        this.registry = registry;
        this.timer = timer;
    }

    /**
     * Loads the given host key, or loads or makes the data directory's, reads who may log in, and starts listening to teach {@code classroom}'s course;
     * {@code log} gets a line per event.
     */
    public static ClassServer start(ServerConfig config, Classroom classroom, Consumer<String> log) throws IOException {
        var hostKey = config.hostKeyFile().isPresent() ? HostKey.loadGiven(config.hostKeyFile().get())
                : HostKey.loadOrCreate(config.dataDirectory());
        var doorkeeper = config.auth().doorkeeper(log);
        var registry = new SessionRegistry(config.limits(), config.seats());
        var timer = Executors.newSingleThreadScheduledExecutor(ClassServer::timerThread);
        var sshd = SshServer.setUpDefaultServer();
        var hosting = new Hosting(registry, timer, config.idle(), log, sshd::getPort, classroom);
        configure(sshd, config, hostKey, doorkeeper, hosting);
        guardTheDoor(sshd, config, timer, log);
        try {
            sshd.start();
        } catch (IOException | RuntimeException e) {
            timer.shutdownNow();
            throw e;
        }
        return new ClassServer(sshd, hostKey, doorkeeper, registry, timer);
    }

    /**
     * The limits that act before anyone has logged in: connection attempts per address a minute, and connections not
     * logged in yet, counted as they are accepted (or, behind a load balancer, once its PROXY header names the
     * learner's address).
     */
    private static void guardTheDoor(SshServer sshd, ServerConfig config, ScheduledExecutorService timer,
            Consumer<String> log) {
        var limits = config.limits();
        boolean behindProxy = config.proxyProtocol();
        var limiter = new AttemptLimiter(limits.attemptsPerMinute(), System::nanoTime);
        var attempts = new ConnectionGate(limiter, limits.attemptsPerMinute(), log, behindProxy);
        sshd.addSessionListener(attempts);
        timer.scheduleAtFixedRate(limiter::sweep, 1, 1, TimeUnit.MINUTES);
        var refusals = new RefusalTally(log, System::nanoTime);
        var startups = new StartupGate(sshd, new Startups(limits.startups(),
                () -> ThreadLocalRandom.current().nextInt(100)), refusals, behindProxy);
        sshd.setSessionFactory(startups);
        sshd.addSessionListener(startups);
        sshd.setServerProxyAcceptor(new ProxyAcceptor(behindProxy, attempts, startups, refusals));
        long every = RefusalTally.EVERY.toMillis();
        timer.scheduleAtFixedRate(refusals::report, every, every, TimeUnit.MILLISECONDS);
    }

    private static void configure(SshServer sshd, ServerConfig config, HostKey hostKey, Doorkeeper doorkeeper,
            Hosting hosting) {
        sshd.setHost(config.bind());
        sshd.setPort(config.port());
        sshd.setKeyPairProvider(hostKey.provider());
        sshd.setRandomFactory(SessionRandoms.INSTANCE);
        sshd.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
        sshd.setPublickeyAuthenticator(doorkeeper);
        sshd.setPasswordAuthenticator(null);
        sshd.setKeyboardInteractiveAuthenticator(null);
        sshd.setGSSAuthenticator(null);
        sshd.setHostBasedAuthenticator(null);
        sshd.setShellFactory(new TutorShellFactory(hosting, config.appearance()));
        sshd.setCommandFactory(new CommandRefusal(hosting, config.appearance()));
        sshd.setSubsystemFactories(List.of());
        // Only session channels, keeping only the variables the tutor reads: no direct-tcpip (local port forwarding)
        // channel can even be opened.
        sshd.setChannelFactories(List.of(GuardedChannelSession.FACTORY));
        sshd.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        sshd.setAgentFactory(null);
        sshd.setGlobalRequestHandlers(List.of(KeepAliveHandler.INSTANCE, NoMoreSessionsHandler.INSTANCE));
        CoreModuleProperties.AUTH_TIMEOUT.set(sshd, config.authTimeout());
        // A learner needs a channel per tutor window; more than this from one connection is only ever a flood.
        CoreModuleProperties.MAX_CONCURRENT_CHANNELS.set(sshd, config.limits().maxPerLearner() + 2);
        CoreModuleProperties.IDLE_TIMEOUT.set(sshd, connectionIdleTimeout(config.idle()));
    }

    /**
     * SSHD's own idle time-out counts any traffic and closes without a word, so it is set a minute beyond the tutor's,
     * which warns first: it only catches connections that never open a tutor (such as {@code ssh -N}).
     */
    private static Duration connectionIdleTimeout(IdlePolicy idle) {
        return idle.enabled() ? idle.timeout().plusMinutes(1) : Duration.ZERO;
    }

    private static Thread timerThread(Runnable task) {
        var thread = new Thread(task, "nudge-idle-timer");
        thread.setDaemon(true);
        return thread;
    }

    /** The port listened on (the one chosen when port 0 was asked for). */
    public int port() {
        return sshd.getPort();
    }

    public String hostKeyFingerprint() {
        return hostKey.fingerprint();
    }

    public String hostKeyType() {
        return hostKey.type();
    }

    public Path hostKeyFile() {
        return hostKey.file();
    }

    /** Who can log in, in one line. */
    public String describeAuth() {
        return doorkeeper.describe();
    }

    public int openSessions() {
        return registry.size();
    }

    /**
     * Ends every session with a message to its learner, waits up to {@link #GOODBYE_TIME} for them to leave, then stops
     * listening and cuts what is left.
     */
    public void stop() throws InterruptedException {
        registry.sessions().forEach(session -> session.stop(Ending.SHUTDOWN));
        registry.awaitEmpty(GOODBYE_TIME);
        try {
            sshd.stop(false);
        } catch (IOException e) {
            sshd.close(true);
        } finally {
            timer.shutdownNow();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
