package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a stranger types at {@code ssh} (the user name, the {@code TERM} sent with the terminal request) reaches the
 * teacher's console of {@code ./nudge serve} as one line per event, escapes written out, never as a forged line.
 */
class ConsoleEscapesIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void aUserNameAndATerminalTypeWithEscapesAreShownVisiblyInTheConsole() throws Exception {
        var mallory = OpenSsh.withNewKey(temp, "mallory");
        try (var server = ServeProcess.start(PROJECT, "--open", "--data", temp.resolve("data").toString())) {
            var user = "a\u001b[2J\u001b[31mb";
            var arguments = mallory.arguments(server.port(), "ignored", "-tt", "-l", user);
            var builder = new ProcessBuilder(arguments).redirectErrorStream(true);
            builder.environment().put("TERM", "xterm\u001b]0;owned\u0007");
            var ssh = builder.start();
            try {
                var started = server.awaitLine("session 1 started: ");
                assertThat(started).contains("started: a\\x1B[2J\\x1B[31mb (SHA256:")
                        .contains("(xterm\\x1B]0;owned\\x07, ");
            } finally {
                ssh.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            server.awaitLine("session 1 ended: a\\x1B[2J\\x1B[31mb (");
            assertThat(server.output().chars().filter(c -> c == 0x1b)).as("raw escapes in the console").isEmpty();
        }
    }
}
