package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keys file's options, names and changes, with the real OpenSSH client against {@code ./nudge serve}. A client
 * that gets in is told at once, without a terminal ({@code ssh -T}), that the tutor needs one: that line proves the
 * login, and a refused key gets OpenSSH's own "Permission denied".
 */
class KeysFileIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String LOGGED_IN = "the tutor needs a terminal";
    private static final String REFUSED = "Permission denied (publickey)";

    @TempDir
    Path temp;

    private record Outcome(int exit, String output) {
    }

    private static Outcome connect(OpenSsh learner, int port) throws IOException, InterruptedException {
        var process = new ProcessBuilder(learner.arguments(port, "student", "-T")).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(Tmux.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("ssh ended").isTrue();
        return new Outcome(process.exitValue(), output);
    }

    private Path keys(String... lines) throws IOException {
        return Files.write(temp.resolve("class_keys"), List.of(lines));
    }

    private static String line(OpenSsh learner) throws IOException {
        return Files.readString(learner.publicKey()).strip();
    }

    private ServeProcess serve(Path keys) throws IOException {
        return ServeProcess.start(PROJECT, "--authorized-keys", keys.toString(), "--data", temp.resolve("data").toString());
    }

    @Test
    void fromRefusesAKeyFromAnAddressItExcludesAndAdmitsOneItMatches() throws Exception {
        var alice = OpenSsh.withNewKey(temp, "alice");
        var bob = OpenSsh.withNewKey(temp, "bob");
        var file = keys("from=\"10.0.0.0/8,!127.0.0.1\" " + line(alice), "from=\"127.0.0.*\" " + line(bob));
        try (var server = serve(file)) {
            int port = server.port();
            assertThat(connect(alice, port).output()).contains(REFUSED);
            server.awaitLine("refused the key of alice (" + file + ":1): 127.0.0.1 is not in its from=");
            assertThat(connect(bob, port).output()).contains(LOGGED_IN);
        }
    }

    @Test
    void aKeyPastItsExpiryTimeIsRefused() throws Exception {
        var alice = OpenSsh.withNewKey(temp, "alice");
        var bob = OpenSsh.withNewKey(temp, "bob");
        try (var server = serve(keys("expiry-time=\"20200101\" " + line(alice), "expiry-time=\"20991231\" " + line(bob)))) {
            int port = server.port();
            assertThat(connect(alice, port).output()).contains(REFUSED);
            server.awaitLine("refused the key of alice (");
            assertThat(connect(bob, port).output()).contains(LOGGED_IN);
        }
    }

    @Test
    void aCommandOptionStopsTheStartNamingFileLineAndOption() throws Exception {
        var alice = OpenSsh.withNewKey(temp, "alice");
        var file = keys("# the class", "command=\"/bin/sh -i\",no-pty " + line(alice));
        try (var server = serve(file)) {
            assertThat(server.awaitExit()).isEqualTo(1);
            server.awaitLine("nudge serve: cannot start the server: " + file + ":2: option \"command\" is not "
                    + "supported by nudge serve (it runs only the tutor, never a command); remove it from the line, "
                    + "or remove the line");
        }
    }

    @Test
    void twoKeysNamingOneLearnerStopTheStartNamingBothLines() throws Exception {
        var alice = OpenSsh.withNewKey(temp, "alice");
        var impostor = OpenSsh.withNewKey(temp, "impostor");
        var file = keys(line(alice), line(impostor).replace(" impostor", " alice"));
        try (var server = serve(file)) {
            assertThat(server.awaitExit()).isEqualTo(1);
            server.awaitLine("nudge serve: cannot start the server: " + file + ":1 and " + file + ":2 both name the "
                    + "learner \"alice\"");
        }
    }

    @Test
    void anEndlessKeysFileIsRefusedWithAMessage() throws Exception {
        try (var server = serve(Path.of("/dev/zero"))) {
            assertThat(server.awaitExit()).isEqualTo(1);
            server.awaitLine("nudge serve: cannot start the server: /dev/zero is larger than 1 MiB");
            assertThat(server.output()).doesNotContain("OutOfMemoryError", "\tat ");
        }
    }

    @Test
    void aKeyTakenOutOfTheFileIsRefusedWithoutARestart() throws Exception {
        var alice = OpenSsh.withNewKey(temp, "alice");
        var bob = OpenSsh.withNewKey(temp, "bob");
        var file = keys(line(alice), line(bob));
        try (var server = serve(file)) {
            int port = server.port();
            assertThat(connect(alice, port).output()).contains(LOGGED_IN);
            keys(line(bob));
            assertThat(connect(alice, port).output()).contains(REFUSED);
            server.awaitLine("read " + file + " again: 1 public keys");
            assertThat(connect(bob, port).output()).contains(LOGGED_IN);
        }
    }
}
