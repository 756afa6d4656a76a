package dev.nudge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.layout.Subscripts;
import dev.nudge.ssh.AuthMode;
import dev.nudge.ssh.ServerConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServeCommandTest {
    private static final Map<String, String> HOME_ONLY = Map.of("LANG", "en_US.UTF-8");

    /** Runs {@code nudge serve ...} with a server that only records its configuration. */
    private static final class Run {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        ServerConfig config;
        final int exitCode;

        Run(Map<String, String> environment, String... args) {
            ServerLauncher launcher = (config, o, e) -> {
                this.config = config;
                return 0;
            };
            exitCode = Commands.run(new LocaleDefaults(environment), (l, o, p, w, e) -> 0, launcher, new LabInTerminal(),
                    new PrintWriter(out), new PrintWriter(err), args);
        }
    }

    @Test
    void theDefaultsServeOnPort2222ForTheListedKeys() {
        var run = new Run(HOME_ONLY, "serve", "--authorized-keys", "class_keys");
        assertThat(run.exitCode).isZero();
        assertThat(run.config.port()).isEqualTo(2222);
        assertThat(run.config.bind()).isEqualTo("0.0.0.0");
        assertThat(run.config.auth()).isEqualTo(new AuthMode.KeysFile(Path.of("class_keys")));
        assertThat(run.config.idle().timeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(run.config.limits().maxSessions()).isEqualTo(100);
    }

    @Test
    void everyOptionIsRead() {
        var run = new Run(HOME_ONLY, "serve", "--open", "--port", "0", "--bind", "127.0.0.1", "--data", "d",
                "--max-sessions", "7", "--max-per-learner", "2", "--max-attempts", "9", "--idle-timeout", "90s");
        assertThat(run.config.auth()).isEqualTo(new AuthMode.AnyKey());
        assertThat(run.config.dataDirectory()).isEqualTo(Path.of("d"));
        assertThat(run.config.limits()).isEqualTo(new dev.nudge.ssh.ServerLimits(7, 2, 9));
        assertThat(run.config.idle().timeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(run.config.proxyProtocol()).isFalse();
        assertThat(new Run(HOME_ONLY, "serve", "--open", "--proxy-protocol").config.proxyProtocol()).isTrue();
    }

    @Test
    void aSharedHostKeyIsUsedOnlyWhenGiven() {
        assertThat(new Run(HOME_ONLY, "serve", "--open").config.hostKeyFile()).isEmpty();
        var run = new Run(HOME_ONLY, "serve", "--open", "--host-key", "class_host_key");
        assertThat(run.config.hostKeyFile()).contains(Path.of("class_host_key"));
        var help = new Run(HOME_ONLY, "serve", "--help").out.toString();
        assertThat(help).contains("--host-key=FILE", "ssh-keygen -t ed25519 -N '' -C 'nudge class' -f class_host_key");
    }

    @Test
    void connectionsNotLoggedInYetAreLimitedByDefaultAndAsTold() {
        assertThat(new Run(HOME_ONLY, "serve", "--open").config.limits().startups())
                .isEqualTo(new dev.nudge.ssh.StartupLimits(200, 30, 400, 10));
        var run = new Run(HOME_ONLY, "serve", "--open", "--max-startups", "10:30:100",
                "--max-startups-per-address", "4");
        assertThat(run.config.limits().startups()).isEqualTo(new dev.nudge.ssh.StartupLimits(10, 30, 100, 4));
        var bad = new Run(HOME_ONLY, "serve", "--open", "--max-startups", "10-100");
        assertThat(bad.exitCode).isEqualTo(2);
        assertThat(bad.err.toString()).contains("'10-100' is not START:RATE:FULL (such as 200:30:400) or a number");
    }

    @Test
    void theDataDirectoryFollowsNudgeDataThenXdg() {
        assertThat(new Run(Map.of("NUDGE_DATA", "/srv/nudge", "XDG_DATA_HOME", "/x"), "serve", "--open")
                .config.dataDirectory()).isEqualTo(Path.of("/srv/nudge"));
        assertThat(new Run(Map.of("XDG_DATA_HOME", "/x"), "serve", "--open").config.dataDirectory())
                .isEqualTo(Path.of("/x/nudge"));
        assertThat(new Run(Map.of("XDG_DATA_HOME", "relative"), "serve", "--open").config.dataDirectory())
                .isEqualTo(Path.of(System.getProperty("user.home"), ".local/share/nudge"));
    }

    @Test
    void oneWayToLetLearnersInMustBeChosen() {
        var neither = new Run(HOME_ONLY, "serve");
        assertThat(neither.exitCode).isEqualTo(2);
        assertThat(neither.err.toString()).contains("Missing required argument", "--authorized-keys=FILE", "--open");
        var both = new Run(HOME_ONLY, "serve", "--open", "--authorized-keys", "k");
        assertThat(both.exitCode).isEqualTo(2);
        assertThat(both.err.toString()).contains("mutually exclusive");
    }

    @Test
    void badNumbersAndDurationsSayWhatIsWrong() {
        var zero = new Run(HOME_ONLY, "serve", "--open", "--max-sessions", "0");
        assertThat(zero.exitCode).isEqualTo(2);
        assertThat(zero.err.toString()).contains("every limit must be at least 1");
        var duration = new Run(HOME_ONLY, "serve", "--open", "--idle-timeout", "soon");
        assertThat(duration.exitCode).isEqualTo(2);
        assertThat(duration.err.toString()).contains("'soon' is not a duration; write for example 30m, 90s or 1h");
    }

    @Test
    void theClientsLocaleChoosesTheSessionsLanguageAndDrawing() {
        var japanese = ServeCommand.appearance(Map.of("LANG", "ja_JP.UTF-8", "TERM", "xterm"));
        assertThat(japanese.language()).isEqualTo(Language.JA);
        assertThat(japanese.options().ascii()).isFalse();
        assertThat(ServeCommand.appearance(Map.of("TERM", "xterm")).options().ascii())
                .as("a client that sends no locale is taken to be UTF-8").isFalse();
        assertThat(ServeCommand.appearance(Map.of("TERM", "vt100")).options().ascii()).isTrue();
    }

    @Test
    void aClientAsksForItsSubscriptsOrLeavesThemToItsTerminal() {
        assertThat(ServeCommand.appearance(Map.of("TERM", "xterm")).options().measuresSubscripts()).isTrue();
        var forced = ServeCommand.appearance(Map.of("TERM", "xterm", "NUDGE_SUBSCRIPTS", "inline")).options();
        assertThat(forced.subscripts()).isEqualTo(Subscripts.INLINE);
        assertThat(forced.measuresSubscripts()).isFalse();
    }

    @Test
    void helpDescribesServe() {
        var run = new Run(HOME_ONLY, "serve", "--help");
        assertThat(run.exitCode).isZero();
        assertThat(run.out.toString()).contains("Usage: nudge serve", "--authorized-keys=FILE", "--open", "--port",
                "--idle-timeout", "--proxy-protocol", "SIGTERM");
        var root = new Run(HOME_ONLY, "--help");
        assertThat(root.out.toString()).contains("serve", "Hosts the tutor over SSH");
    }
}
