package dev.nudge.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The expensive-answer attack on a real server, in process and small: an answer whose expansion explodes, typed
 * many times into the course's first expression quiz, is refused as too large at once, and a learner who drops the
 * connection afterwards frees the seat promptly instead of leaving minutes of queued checking behind.
 */
class ExpensiveAnswersTest {
    private static final String ANSWER = "\u0015((P_1+1)^100)^100\r";
    private static final int ANSWERS = 100;

    @TempDir
    Path temp;
    private final TestClient client = new TestClient();

    @AfterEach
    void stopClient() {
        client.close();
    }

    @Test
    void manyExplodingAnswersAreRefusedAtOnceAndADroppedSessionFreesItsSeat() throws Exception {
        try (var server = TestServer.open(temp)) {
            var login = client.login(server.port(), "a", TestKeys.ed25519("a"));
            var terminal = client.terminal(login, 80, 24);
            terminal.awaitText("Understanding Neural Networks");
            terminal.type("\r");
            terminal.awaitText("Lesson 1/");
            terminal.type("t");
            terminal.awaitText("Contents");
            terminal.type("4");
            terminal.awaitText("Turn it around");
            terminal.type("n");
            terminal.awaitText("Expand it");
            long start = System.nanoTime();
            // Pasted at once, more keys than a session's inbox holds: those past it are dropped, and every answer
            // that got in is checked. The screen can be read between two of those verdicts, so one more answer,
            // typed once the paste has been dealt with, shows that the server kept up.
            terminal.type(ANSWER.repeat(ANSWERS));
            var lastAnswer = "Your answer: " + ANSWER.strip().substring(1);
            while (!(terminal.screen().contains(lastAnswer) && terminal.screen().contains("too large to check"))
                    && System.nanoTime() - start < Duration.ofSeconds(5).toNanos()) {
                terminal.type(ANSWER);
                Thread.sleep(250);
            }
            assertThat(terminal.awaitText("too large to check")).contains(lastAnswer);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

            terminal.type(ANSWER.repeat(ANSWERS));
            long dropped = System.nanoTime();
            login.close(true);
            assertThat(server.awaitLog("session 1 ended")).contains("connection lost");
            server.awaitOpenSessions(0);
            assertThat(Duration.ofNanos(System.nanoTime() - dropped)).isLessThan(Duration.ofSeconds(2));
        }
    }
}
