package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.step.quiz.ShownChoices;
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

    static Tmux terminal() {
        return Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8");
    }

    private static void connect(Tmux tmux, OpenSsh learner, int port) {
        tmux.typeLine(learner.command(port, "student") + "; echo \"EXIT=$?\"");
    }

    /** Connects and waits until the first screen is up and the server has logged the session. */
    static void logIn(Tmux tmux, OpenSsh learner, ServeProcess server) throws InterruptedException {
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
            assertThat(screen).contains(TITLE, "Enter  Start the course", "?      help");
            assertThat(tmux.format("#{alternate_on}")).isEqualTo("1");
            server.awaitLine("session 1 started: alice (key SHA256:");

            tmux.type("?");
            tmux.awaitText("Open or close this help");
            tmux.press("Escape");
            tmux.awaitScreen(s -> !s.contains("Open or close this help"), "the help closed");
            tmux.resize(59, 15);
            tmux.awaitText("It is 59×15; nudge needs at least 60×16.");
            tmux.resize(100, 30);
            var wide = tmux.awaitText(TITLE);
            assertThat(wide).as("the title is centred in 100 columns").contains(" ".repeat(35) + TITLE);
            tmux.press("Enter");
            tmux.awaitText("Lesson 1/");

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

    /** Steps through the first lesson to its quiz and answers it, as a learner would. */
    static void answerTheFirstQuiz(Tmux tmux) throws InterruptedException {
        tmux.press("Enter");
        for (int step = 1; step <= 3; step++) {
            var position = step + "/4";
            tmux.awaitScreen(screen -> screen.lines().findFirst().orElse("").endsWith(position), "step " + position);
            tmux.press("Enter");
        }
        tmux.awaitScreen(screen -> screen.lines().findFirst().orElse("").endsWith("4/4"), "the quiz");
        // A new key is a new learner, with an order of the choices of their own: answer by what the choices say.
        var right = ShownChoices.numberOn(tmux.awaitText(") P₀ and P₁"), "P₀ and P₁");
        tmux.type(right.equals("1") ? "2" : "1");
        tmux.awaitText("Miss 1 of 3.");
        tmux.type(right);
        tmux.awaitText("Right!");
    }

    @Test
    void aDroppedLearnerReconnectsAndContinuesAtTheSameStep() throws Exception {
        var alice = OpenSsh.withNewKey(temp, "alice");
        try (var server = serve(alice); var tmux = terminal()) {
            logIn(tmux, alice, server);
            answerTheFirstQuiz(tmux);
            ProcessHandle.of(tmux.programPid()).orElseThrow().destroyForcibly();
            server.awaitLine("session 1 ended: alice (connection lost");
            // The killed client left its terminal raw, where Enter is a bare CR: a line feed runs the command.
            tmux.type("stty sane; clear");
            tmux.press("C-j");
            connect(tmux, alice, server.port());
            tmux.awaitText("Continue: lesson 1, step 4");
            tmux.press("Enter");
            var quiz = tmux.awaitText("You answered this rightly before.");
            assertThat(quiz).as("the quiz answered before the drop shows as solved").contains("r retry");
            tmux.type("q");
            tmux.awaitText("Goodbye!");
            assertThat(new ProcessBuilder(PROJECT.resolve("nudge").toString(), "report", "--data",
                    temp.resolve("data").toString()).redirectErrorStream(true).start().getInputStream().readAllBytes())
                    .asString(java.nio.charset.StandardCharsets.UTF_8)
                    .contains("alice", "1.4 A network is a function / What gets adjusted?", "0/1", "1 (100%)");
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
    void anAnswerGivenJustBeforeSigtermIsInTheFileAndTheLogSaysAllWasSaved() throws Exception {
        var alice = OpenSsh.withNewKey(temp, "alice");
        try (var server = serve(alice); var tmux = terminal()) {
            logIn(tmux, alice, server);
            answerTheFirstQuiz(tmux);
            assertThat(server.terminate()).isZero();
            server.awaitLine("progress: every change saved");
            server.awaitLine(line -> line.endsWith(" stopped"), "that it stopped");
        }
        var file = temp.resolve("data").resolve("progress.db");
        try (var reader = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                var statement = reader.createStatement();
                var rows = statement.executeQuery("SELECT count(*) FROM event WHERE kind = 'answered' AND correct = 1")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).as("right answers in " + file).isEqualTo(1);
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
