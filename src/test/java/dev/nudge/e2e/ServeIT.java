package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A learner's real OpenSSH client in a real terminal, against {@code ./nudge serve} on loopback. */
class ServeIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String TITLE = "Understanding Neural Networks";

    @TempDir
    Path temp;

    private ServeProcess serve(OpenSsh learner) throws Exception {
        var keys = Files.copy(learner.publicKey(), temp.resolve("class_keys"));
        return ServeProcess.start(PROJECT, "--authorized-keys", keys.toString(), "--data", temp.resolve("data").toString());
    }

    private static Tmux terminal() {
        return Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8");
    }

    private static void connect(Tmux tmux, OpenSsh learner, int port) {
        tmux.typeLine(learner.command(port, "student") + "; echo \"EXIT=$?\"");
    }

    /** Connects and waits until the first screen is up and the server has logged the session. */
    private static void logIn(Tmux tmux, OpenSsh learner, ServeProcess server) throws InterruptedException {
        connect(tmux, learner, server.port());
        tmux.awaitText("q quit");
        server.awaitLine("session 1 started");
    }

    @Test
    void aLearnerLogsInUsesTheTutorFollowsAResizeAndQuitsToACleanTerminal() throws Exception {
        var alice = OpenSsh.withNewKey(temp, "alice");
        try (var server = serve(alice); var tmux = terminal()) {
            connect(tmux, alice, server.port());
            var screen = tmux.awaitText("q quit");
            assertThat(screen).contains(TITLE, "Enter  start", "?      help");
            assertThat(tmux.format("#{alternate_on}")).isEqualTo("1");
            server.awaitLine("session 1 started: alice from 127.0.0.1:");

            tmux.type("?");
            tmux.awaitText("Open or close this help");
            tmux.press("Escape");
            tmux.awaitScreen(s -> !s.contains("Open or close this help"), "the help closed");
            tmux.press("Enter");
            tmux.awaitText("No lessons are installed yet.");

            tmux.resize(59, 15);
            tmux.awaitText("It is 59×15; nudge needs at least 60×16.");
            tmux.resize(100, 30);
            var wide = tmux.awaitText(TITLE);
            assertThat(wide).as("the title is centred in 100 columns").contains(" ".repeat(35) + TITLE);

            tmux.type("q");
            tmux.awaitText("Goodbye! Connect again any time to go on.");
            tmux.assertTerminalGivenBack("0");
            server.awaitLine("session 1 ended: alice (quit after");
        }
    }

    @Test
    void aKilledClientEndsItsSessionPromptly() throws Exception {
        var alice = OpenSsh.withNewKey(temp, "alice");
        try (var server = serve(alice); var tmux = terminal()) {
            logIn(tmux, alice, server);
            long killed = System.nanoTime();
            ProcessHandle.of(tmux.programPid()).orElseThrow().destroyForcibly();
            server.awaitLine("session 1 ended: alice (connection lost");
            assertThat(Duration.ofNanos(System.nanoTime() - killed)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void sigtermTellsTheLearnerAndExits0() throws Exception {
        var alice = OpenSsh.withNewKey(temp, "alice");
        try (var server = serve(alice); var tmux = terminal()) {
            logIn(tmux, alice, server);
            assertThat(server.terminate()).isZero();
            tmux.awaitText("The class server is shutting down; your session was closed.");
            tmux.assertTerminalGivenBack("0");
            server.awaitLine("session 1 ended: alice (closed as the server stops");
            server.awaitLine(line -> line.endsWith(" stopped"), "that it stopped");
        }
    }

    @Test
    void theHostKeyIsTheSameAfterARestart() throws Exception {
        var alice = OpenSsh.withNewKey(temp, "alice");
        String first;
        try (var server = serve(alice)) {
            first = server.awaitLine("host key: SHA256:");
            server.terminate();
        }
        Files.delete(temp.resolve("class_keys"));
        try (var server = serve(alice)) {
            assertThat(server.awaitLine("host key: SHA256:")).isEqualTo(first);
            server.terminate();
        }
    }
}
