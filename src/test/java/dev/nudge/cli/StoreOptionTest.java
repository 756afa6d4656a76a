package dev.nudge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.progress.DataDirectory;
import dev.nudge.progress.postgresql.PostgresAddress;
import dev.nudge.seats.MemorySeats;
import dev.nudge.ssh.AuthMode;
import dev.nudge.ssh.IdlePolicy;
import dev.nudge.ssh.ServerConfig;
import dev.nudge.ssh.ServerLimits;
import dev.nudge.tui.view.ViewOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --store LOCATION} on the tutor, {@code nudge serve} and {@code nudge report}: read, refused, obeyed. */
class StoreOptionTest {
    private static final Map<String, String> ENGLISH = Map.of("LANG", "en_US.UTF-8");
    private static final String CLASS_DB = "postgresql://teacher@db.school.example:6432/class?sslmode=require";

    @TempDir
    Path data;

    /** Runs the command line with a tutor and a server that only record what they were given. */
    private static final class Run {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        LearnerData who;
        ServerConfig config;
        final int exitCode;

        Run(String... args) {
            LocalSession tutor = (language, options, plain, learner, errors) -> {
                who = learner;
                return 0;
            };
            ServerLauncher server = (config, o, e) -> {
                this.config = config;
                return 0;
            };
            exitCode = Commands.run(new LocaleDefaults(ENGLISH), tutor, server, new LabInTerminal(),
                    new PrintWriter(out), new PrintWriter(err), args);
        }
    }

    @Test
    void theTutorAndTheServerKeepProgressWhereStoreSays() {
        var address = PostgresAddress.parse(CLASS_DB);
        assertThat(new Run("--store", CLASS_DB).who.store()).contains(address);
        assertThat(new Run("--store=" + CLASS_DB, "--user", "ada").who.progress())
                .isEqualTo(new ProgressLocation.Database(address));
        assertThat(new Run("serve", "--open", "--store", CLASS_DB).config.store()).contains(address);
        assertThat(new Run("serve", "--open").config.store()).isEmpty();
        assertThat(new Run("--data", data.toString()).who.progress())
                .isEqualTo(new ProgressLocation.File(data.resolve("progress.db")));
    }

    @Test
    void aPasswordInTheLocationIsAUsageErrorThatDoesNotRepeatIt() {
        for (var command : new String[][] {{"serve", "--open"}, {"report"}, {}}) {
            var args = new ArrayList<>(List.of(command));
            args.addAll(List.of("--store", "postgresql://teacher:hunter2@db/class"));
            var run = new Run(args.toArray(String[]::new));
            assertThat(run.exitCode).as(String.join(" ", command)).isEqualTo(2);
            assertThat(run.err.toString()).contains("--store", "password", "PGPASSWORD", "~/.pgpass")
                    .doesNotContain("hunter2");
            assertThat(run.who).isNull();
            assertThat(run.config).isNull();
        }
    }

    @Test
    void anUnknownSchemeAndAControlCharacterAreUsageErrorsSayingWhatIsTaken() {
        var scheme = new Run("report", "--store", "mysql://db/class");
        assertThat(scheme.exitCode).isEqualTo(2);
        assertThat(scheme.err.toString()).contains("not a store nudge can use",
                "postgresql://[USER@]HOST[:PORT]/DATABASE");
        var control = new Run("serve", "--open", "--store", "postgresql://db/cl\u001Bass");
        assertThat(control.exitCode).isEqualTo(2);
        assertThat(control.err.toString()).contains("\\x1B").doesNotContain("\u001B");
    }

    @Test
    void serveStopsWithOneLineWhenTheDatabaseDoesNotAnswer() throws Exception {
        var address = PostgresAddress.parse("postgresql://nudge@127.0.0.1:" + closedPort() + "/class");
        var config = new ServerConfig("127.0.0.1", 0, new AuthMode.AnyKey(), data, new ServerLimits(20, 5, 100),
                IdlePolicy.closingAfter(Duration.ZERO), Duration.ofSeconds(5), ServeCommand::appearance,
                Optional.empty(), false, Optional.of(address), new MemorySeats());
        var out = new StringWriter();
        var err = new StringWriter();
        int code = new ClassServerProcess().serve(config, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(ClassServerProcess.EXIT_CANNOT_START);
        assertThat(err.toString().strip()).startsWith("nudge serve: cannot use the progress database " + address)
                .contains("host 127.0.0.1, port " + address.port() + ", database class").doesNotContain("\n")
                .doesNotContain("Exception");
    }

    @Test
    void theTutorStopsWithOneLineBeforeTakingTheTerminalWhenTheDatabaseDoesNotAnswer() throws Exception {
        var address = PostgresAddress.parse("postgresql://nudge@127.0.0.1:" + closedPort() + "/class");
        var err = new StringWriter();
        int code = new TerminalSession(ProgressLocation::open).run(Language.EN, new ViewOptions(true, false), true,
                new LearnerData("ada", new DataDirectory(data), Optional.of(address)), new PrintWriter(err));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("nudge: cannot use the progress database " + address)
                .doesNotContain("\n");
    }

    private static int closedPort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
