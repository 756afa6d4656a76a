package dev.nudge.cli;

import dev.nudge.progress.DataDirectory;
import dev.nudge.progress.postgresql.PostgresAddress;
import dev.nudge.seats.MemorySeats;
import dev.nudge.ssh.Appearance;
import dev.nudge.ssh.AuthMode;
import dev.nudge.ssh.IdlePolicy;
import dev.nudge.ssh.ServerConfig;
import dev.nudge.ssh.ServerLimits;
import dev.nudge.ssh.StartupLimits;
import dev.nudge.tui.view.ViewOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code nudge serve}: hosts the tutor over SSH for a whole class. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Hosts the tutor over SSH for a class: each learner connects with 'ssh -p PORT HOST' from any "
                    + "terminal and gets a tutor session of their own.",
            "",
            "Only public keys log in (RSA, ECDSA, Ed25519); each key is a learner. Nothing but the tutor runs: "
                    + "no shell, commands, sftp/scp or forwarding. The host key is made on first start and kept "
                    + "in the data directory, unless --host-key gives the one every node of a class shares."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  nudge serve --authorized-keys class_keys   learners: the keys in class_keys",
            "  nudge serve --open --port 2200             any key; its fingerprint names it",
            "  nudge serve --authorized-keys class_keys --host-key class_host_key",
            "                                             a node sharing the class's key",
            "",
            "Make a shared host key once, then copy it to every node (chmod 600):",
            "  ssh-keygen -t ed25519 -N '' -C 'nudge class' -f class_host_key",
            "",
            "The data directory is --data DIR, else $NUDGE_DATA, else $XDG_DATA_HOME/nudge,",
            "else ~/.local/share/nudge.",
            "",
            "Stop the server with Ctrl-C or SIGTERM: every learner is told, their progress is written out (or the "
                    + "log says how many answers could not be), and it exits with status 0."
        })
final class ServeCommand implements Callable<Integer> {
    static final Duration AUTH_TIMEOUT = Duration.ofMinutes(1);

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "2222",
            description = "Port to listen on (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "0.0.0.0",
            description = "Address to listen on; 127.0.0.1 keeps the server to this machine. Default: ${DEFAULT-VALUE}.")
    String bind;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Admission admission;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Where the host key is kept (the default is below).")
    Path data;

    @Option(names = "--host-key", paramLabel = "FILE",
            description = "Serve exactly the private key in FILE (OpenSSH format, no passphrase, owner-only), so "
                    + "every node of a class shows learners the same host key. It is never made, changed or "
                    + "replaced: a missing, linked, loose or unusable FILE stops the start. Without it the key is "
                    + "made in the data directory.")
    Path hostKey;

    @Option(names = "--max-sessions", paramLabel = "N", defaultValue = "100",
            description = "Tutor sessions open at once, in total. Default: ${DEFAULT-VALUE}.")
    int maxSessions;

    @Option(names = "--max-per-learner", paramLabel = "N", defaultValue = "3",
            description = "Tutor sessions one learner may have open at once. Default: ${DEFAULT-VALUE}.")
    int maxPerLearner;

    @Option(names = "--max-attempts", paramLabel = "N", defaultValue = "60",
            description = "Connections one address may open per minute (a classroom behind one router shares "
                    + "one address). Default: ${DEFAULT-VALUE}.")
    int maxAttempts;

    @Option(names = "--max-startups", paramLabel = "START:RATE:FULL", defaultValue = "200:30:400",
            description = "Connections not yet logged in, in total, as OpenSSH's MaxStartups: from START on, "
                    + "RATE percent of new ones are closed at once, rising to all of them at FULL. "
                    + "Default: ${DEFAULT-VALUE}.")
    String maxStartups;

    @Option(names = "--max-startups-per-address", paramLabel = "N", defaultValue = "10",
            description = "Connections not yet logged in from one address; more are closed at once. "
                    + "Default: ${DEFAULT-VALUE}.")
    int maxStartupsPerAddress;

    @Option(names = "--idle-timeout", paramLabel = "DURATION", defaultValue = "30m",
            converter = DurationConverter.class,
            description = "Close a session after this long without a key press, with a warning on screen a "
                    + "minute before (30m, 90s, 1h; 0 never closes). Default: ${DEFAULT-VALUE}.")
    Duration idleTimeout;

    @Option(names = "--store", paramLabel = "LOCATION", converter = StoreAddressConverter.class,
            description = "Keep progress in the PostgreSQL database at LOCATION, "
                    + "postgresql://[USER@]HOST[:PORT]/DATABASE[?sslmode=MODE], which every node of a class shares, "
                    + "instead of progress.db in the data directory. No password in LOCATION: give it in "
                    + "PGPASSWORD or ~/.pgpass. A database that cannot be used stops the start, saying why.")
    PostgresAddress store;

    @Option(names = "--proxy-protocol",
            description = "Read the learner's address from the PROXY protocol header (v1 or v2) that a TCP load "
                    + "balancer such as HAProxy (send-proxy, send-proxy-v2) puts before each connection; the log, "
                    + "from= and the per-address limits then see the learner, not the balancer. A connection "
                    + "without a header is closed. Use it only when every connection comes through such a "
                    + "balancer: anyone who can reach the port directly could claim any address. Without it, a "
                    + "connection that starts with a PROXY header is closed.")
    boolean proxyProtocol;

    /** {@code --authorized-keys} and {@code --open} exclude each other, and one of them is needed. */
    static final class Admission {
        @Option(names = "--authorized-keys", paramLabel = "FILE", required = true,
                description = "Let in the public keys listed in FILE (authorized_keys format); a key's comment "
                        + "names its learner. from= and expiry-time= are honoured, options nudge cannot honour "
                        + "(command=, no-pty, ...) stop the start; FILE is read again when it changes.")
        Path authorizedKeys;

        @Option(names = "--open", required = true,
                description = "Let in any public key; a learner is known by the key's fingerprint.")
        boolean open;
    }

    private final LocaleDefaults defaults;
    private final ServerLauncher launcher;

    ServeCommand(LocaleDefaults defaults, ServerLauncher launcher) {
        this.defaults = defaults;
        this.launcher = launcher;
    }

    ServerConfig config() {
        try {
            return validConfig();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private ServerConfig validConfig() {
        var auth = admission.open ? new AuthMode.AnyKey() : new AuthMode.KeysFile(admission.authorizedKeys);
        var dataDirectory = DataDirectory.of(java.util.Optional.ofNullable(data), defaults.environment(),
                System.getProperty("user.home")).folder();
        var limits = new ServerLimits(maxSessions, maxPerLearner, maxAttempts,
                StartupLimits.parse(maxStartups, maxStartupsPerAddress));
        return new ServerConfig(bind, port, auth, dataDirectory, limits, IdlePolicy.closingAfter(idleTimeout),
                AUTH_TIMEOUT, ServeCommand::appearance, java.util.Optional.ofNullable(hostKey), proxyProtocol,
                java.util.Optional.ofNullable(store), new MemorySeats());
    }

    /**
     * A learner's client sends {@code TERM} and usually {@code LANG}; one that sends no locale at all is taken to be
     * UTF-8, as nearly every terminal today is.
     */
    static Appearance appearance(Map<String, String> clientEnvironment) {
        var environment = new HashMap<>(clientEnvironment);
        if (!environment.containsKey("LANG") && !environment.containsKey("LC_ALL") && !environment.containsKey("LC_CTYPE")) {
            environment.put("LANG", "C.UTF-8");
        }
        var client = new LocaleDefaults(environment);
        return new Appearance(client.language(), new ViewOptions(!client.unicode(), client.color(), client.subscripts()));
    }

    /** A value picocli accepted but the server cannot use (such as a limit of 0) is a usage error too. */
    @Override
    public Integer call() {
        var commandLine = spec.commandLine();
        ServerConfig config;
        try {
            config = config();
        } catch (ParameterException e) {
            return new ShortUsageOnError().handleParseException(e, new String[0]);
        }
        return launcher.serve(config, commandLine.getOut(), commandLine.getErr());
    }
}
