package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.progress.postgresql.OnePostgres;
import dev.nudge.progress.postgresql.PostgresAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./nudge serve --store postgresql://...} on a real PostgreSQL, with a learner's real OpenSSH client: the
 * answer is in the database when the server stops, and {@code ./nudge report --store} shows it.
 */
class ServeOnPostgresIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @RegisterExtension
    static final OnePostgres POSTGRES = OnePostgres.withDatabasePerTest();

    @TempDir
    Path temp;

    @Test
    void anAnswerOverSshIsInTheSharedDatabaseAndInItsReport() throws Exception {
        var location = POSTGRES.server().storeUrl(POSTGRES.database());
        var alice = OpenSsh.withNewKey(temp, "alice");
        var keys = Files.copy(alice.publicKey(), temp.resolve("class_keys"));
        try (var server = ServeProcess.start(PROJECT, "--authorized-keys", keys.toString(), "--data",
                temp.resolve("data").toString(), "--store", location); var tmux = ServeIT.terminal()) {
            server.awaitLine("progress: " + PostgresAddress.parse(location) + " (nudge report --store");
            ServeIT.logIn(tmux, alice, server);
            ServeIT.answerTheFirstQuiz(tmux);
            assertThat(server.terminate()).isZero();
            server.awaitLine("progress: every change saved");
        }
        assertThat(temp.resolve("data").resolve("progress.db")).doesNotExist();
        try (var connection = POSTGRES.server().connect(POSTGRES.database());
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT count(*) FROM event WHERE learner = 'alice'"
                        + " AND kind = 'answered' AND correct = 1")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
        var report = new ProcessBuilder(PROJECT.resolve("nudge").toString(), "report", "--store", location,
                "--format", "csv").redirectErrorStream(true).start();
        var csv = new String(report.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(report.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(report.exitValue()).as(csv).isZero();
        assertThat(csv).contains("learner,alice,");
    }
}
