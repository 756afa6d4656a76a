package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real OpenSSH client, as learners use it, with a key made for the test and no trace in the user's own files.
 * Under {@code CI=true} a missing client fails the test; elsewhere the test is skipped with a message.
 */
final class OpenSsh {
    private final Path key;
    private final Path knownHosts;
    private final String hostKeyChecking;

    private OpenSsh(Path key, Path knownHosts, String hostKeyChecking) {
        this.key = key;
        this.knownHosts = knownHosts;
        this.hostKeyChecking = hostKeyChecking;
    }

    /** Makes an Ed25519 key whose comment is {@code learner}, in {@code directory}. */
    static OpenSsh withNewKey(Path directory, String learner) throws IOException, InterruptedException {
        requireClient();
        var key = directory.resolve("id_" + learner);
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", learner, "-f", key.toString());
        return new OpenSsh(key, directory.resolve("known_hosts"), "no");
    }

    /** Makes, at {@code file}, the host key every node of a class shares, as a teacher does with ssh-keygen. */
    static Path makeHostKey(Path file) throws IOException, InterruptedException {
        requireClient();
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "nudge class", "-f", file.toString());
        return file;
    }

    /** The same learner, whose client checks the server's key as {@code strict} says ({@code accept-new}, {@code yes}). */
    OpenSsh checkingHostKeys(String strict) {
        return new OpenSsh(key, knownHosts, strict);
    }

    /** Where the client keeps the host keys it has accepted. */
    Path knownHosts() {
        return knownHosts;
    }

    Path publicKey() {
        return Path.of(key + ".pub");
    }

    /** The command line a learner types, without their own config, agent or known hosts. */
    String command(int port, String user) {
        return String.join(" ", arguments(port, user));
    }

    /** {@link #command} as arguments, with {@code options} (such as {@code -T}) before the destination. */
    List<String> arguments(int port, String user, String... options) {
        var arguments = new java.util.ArrayList<>(List.of("ssh", "-F", "/dev/null", "-i", key.toString(), "-p",
                String.valueOf(port), "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none", "-o", "BatchMode=yes",
                "-o", "StrictHostKeyChecking=" + hostKeyChecking, "-o", "UserKnownHostsFile=" + knownHosts, "-o", "LogLevel=ERROR"));
        arguments.addAll(List.of(options));
        arguments.add(user + "@127.0.0.1");
        return arguments;
    }

    private static void requireClient() {
        boolean found = works("ssh", "-V") && works("ssh-keygen", "-?");
        if (!found && "true".equals(System.getenv("CI"))) {
            fail("the OpenSSH client (ssh, ssh-keygen) is needed for the end-to-end tests and CI=true, but is missing");
        }
        Assumptions.assumeTrue(found,
                "skipped: the OpenSSH client is not installed (apt-get install openssh-client to run these tests)");
    }

    private static boolean works(String... command) {
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            process.waitFor(10, TimeUnit.SECONDS);
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail(String.join(" ", command) + " failed: " + output);
        }
    }
}
