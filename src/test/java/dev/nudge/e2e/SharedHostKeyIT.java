package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real {@code ./nudge serve} nodes given one {@code --host-key} file: a learner's OpenSSH client that has accepted
 * the first node's key logs in to the second with strict host key checking and no warning.
 */
class SharedHostKeyIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path temp;

    /** Runs the client with {@code -T} (no terminal), which the server refuses after the keys are exchanged. */
    private static String connectWithoutTerminal(OpenSsh learner, int port) throws Exception {
        var process = new ProcessBuilder(learner.arguments(port, "student", "-T")).redirectErrorStream(true).start();
        process.getOutputStream().close();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(output).isTrue();
        return output;
    }

    private static String knownHostsLine(OpenSsh learner, int port) throws Exception {
        var name = "[127.0.0.1]:" + port + " ";
        return Files.readAllLines(learner.knownHosts()).stream().filter(line -> line.startsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError("the client did not note the key of " + name));
    }

    private ServeProcess node(String name, Path keys, String... options) throws Exception {
        var arguments = new ArrayList<>(List.of("--authorized-keys", keys.toString(), "--data",
                temp.resolve(name).toString()));
        arguments.addAll(List.of(options));
        return ServeProcess.start(PROJECT, arguments.toArray(String[]::new));
    }

    @Test
    void aLearnerWhoAcceptedOneNodeLogsInToTheOtherWithStrictCheckingAndNoWarning() throws Exception {
        var alice = OpenSsh.withNewKey(temp, "alice");
        var keys = Files.copy(alice.publicKey(), temp.resolve("class_keys"));
        var hostKey = OpenSsh.makeHostKey(temp.resolve("class_host_key"));
        try (var first = node("first", keys, "--host-key", hostKey.toString());
                var second = node("second", keys, "--host-key", hostKey.toString());
                var alone = node("alone", keys);
                var tmux = Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8")) {
            int firstPort = first.port();
            int secondPort = second.port();
            int alonePort = alone.port();
            var fingerprint = first.awaitLine("host key: SHA256:");
            assertThat(second.awaitLine("host key: SHA256:")).isEqualTo(fingerprint).endsWith(" in " + hostKey);
            assertThat(Files.exists(temp.resolve("first/ssh_host_ed25519_key"))).as("no key made").isFalse();

            connectWithoutTerminal(alice.checkingHostKeys("accept-new"), firstPort);
            var accepted = knownHostsLine(alice, firstPort);
            var sameKey = accepted.replace("[127.0.0.1]:" + firstPort + " ", "[127.0.0.1]:" + secondPort + " ");
            var otherKey = accepted.replace("[127.0.0.1]:" + firstPort + " ", "[127.0.0.1]:" + alonePort + " ");
            Files.writeString(alice.knownHosts(), sameKey + "\n" + otherKey + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            var strict = alice.checkingHostKeys("yes");

            assertThat(connectWithoutTerminal(strict, alonePort)).as("a node with a key of its own is caught")
                    .contains("REMOTE HOST IDENTIFICATION HAS CHANGED");

            tmux.typeLine(strict.command(secondPort, "student") + "; echo \"EXIT=$?\"");
            var screen = tmux.awaitText("q quit");
            second.awaitLine("session 1 started");
            assertThat(screen).doesNotContain("WARNING", "IDENTIFICATION", "Host key verification failed");
            first.terminate();
            second.terminate();
        }
    }

    @Test
    void aMissingHostKeyFileStopsTheStartAndIsNotMade() throws Exception {
        var alice = OpenSsh.withNewKey(temp, "alice");
        var keys = Files.copy(alice.publicKey(), temp.resolve("class_keys"));
        var missing = temp.resolve("class_host_key");
        try (var node = node("data", keys, "--host-key", missing.toString())) {
            assertThat(node.awaitExit()).as(node.output()).isNotZero();
            assertThat(node.output()).contains("nudge serve: cannot start the server: the host key " + missing
                    + " given with --host-key does not exist", "ssh-keygen -t ed25519 -N ''")
                    .doesNotContain("listening on");
        }
        assertThat(Files.exists(missing, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(temp.resolve("data/ssh_host_ed25519_key"))).as("no key made in its place").isFalse();
    }
}
