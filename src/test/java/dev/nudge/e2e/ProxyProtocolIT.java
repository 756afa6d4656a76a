package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./nudge serve} behind a relay that sends the PROXY protocol as a load balancer does, and behind a real
 * HAProxy ({@code send-proxy-v2}), with the real OpenSSH client: with {@code --proxy-protocol} the learner gets the
 * tutor and the log names the address from the header; without it the same connection is refused.
 */
class ProxyProtocolIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String CLAIMED = "192.0.2.7";

    @TempDir
    Path temp;

    private ServeProcess serve(OpenSsh learner, String... options) throws Exception {
        var keys = temp.resolve("class_keys");
        if (!Files.exists(keys)) {
            Files.copy(learner.publicKey(), keys);
        }
        var arguments = new ArrayList<>(List.of("--authorized-keys", keys.toString(), "--data",
                temp.resolve("data").toString()));
        arguments.addAll(List.of(options));
        return ServeProcess.start(PROJECT, arguments.toArray(String[]::new));
    }

    @Test
    void withTheOptionTheLearnerGetsTheTutorAndTheLogNamesTheAddressFromTheHeader() throws Exception {
        var alice = OpenSsh.withNewKey(temp, "alice");
        try (var server = serve(alice, "--proxy-protocol"); var relay = ProxyRelay.to(server.port(), CLAIMED);
                var tmux = Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8")) {
            server.awaitLine("PROXY protocol: every connection must come through the load balancer");
            tmux.typeLine(alice.command(relay.port(), "student") + "; echo \"EXIT=$?\"");
            assertThat(tmux.awaitText("q quit")).contains("Understanding Neural Networks");
            assertThat(server.awaitLine("session 1 started: alice")).contains("from " + CLAIMED + ":");
            tmux.type("q");
            tmux.assertTerminalGivenBack("0");
        }
    }

    @Test
    void withoutTheOptionTheSameConnectionIsRefused() throws Exception {
        var alice = OpenSsh.withNewKey(temp, "alice");
        try (var server = serve(alice); var relay = ProxyRelay.to(server.port(), CLAIMED)) {
            assertRefused(alice, relay.port());
            assertThat(server.awaitLine("refused a connection from 127.0.0.1:"))
                    .contains("began with a PROXY protocol header, and --proxy-protocol is off");
            assertThat(server.output()).doesNotContain("session 1 started", CLAIMED);
        }
    }

    @Test
    void withoutTheOptionAConnectionThroughHaproxyIsRefused() throws Exception {
        var alice = OpenSsh.withNewKey(temp, "alice");
        try (var server = serve(alice); var balancer = Haproxy.withoutHealthChecks(server.port())) {
            assertRefused(alice, balancer.port());
            assertThat(server.awaitLine("refused a connection from 127.0.0.2:"))
                    .contains("began with a PROXY protocol header, and --proxy-protocol is off");
            assertThat(server.output()).doesNotContain("session 1 started");
        }
    }

    /** Runs the client with {@code -T} (the server would refuse it later anyway) and asserts it was turned away. */
    private static void assertRefused(OpenSsh learner, int port) throws Exception {
        var ssh = new ProcessBuilder(learner.arguments(port, "student", "-T")).redirectErrorStream(true).start();
        ssh.getOutputStream().close();
        var output = new String(ssh.getInputStream().readAllBytes());
        assertThat(ssh.waitFor(Tmux.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(ssh.exitValue()).as("ssh's exit status; it printed: %s", output).isEqualTo(255);
    }
}
