package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real HAProxy (Debian's {@code haproxy} package) in front of {@code nudge serve} nodes on loopback, as a class on
 * several servers runs behind one: TCP mode, {@code balance leastconn}, the PROXY protocol v2 to every node, and
 * health checks fast enough that a killed node is taken out within about half a second. Its configuration is
 * {@code haproxy.cfg} next to this class's resources (shared with the two-node load benchmark), written into a
 * temporary folder with this balancer's port and nodes.
 *
 * <p>It runs in the foreground ({@code -db}), as the test's own child, never as a daemon: {@link #close()} stops it,
 * a shutdown hook stops it if the test JVM ends first, and where {@code setpriv} is found the kernel kills it if the
 * JVM dies without running hooks. Under {@code CI=true} a missing haproxy fails the test; elsewhere the test is
 * skipped with a message.
 */
final class Haproxy implements AutoCloseable {
    private static final String CONFIG = "/dev/nudge/e2e/haproxy.cfg";
    private static final int STARTS = 3;

    private final Process process;
    private final OutputLines output;
    private final Path folder;
    private final int port;
    private final Thread stopAtExit;

    private Haproxy(Process process, Path folder, int port) {
        this.process = process;
        this.output = OutputLines.of(process, "haproxy");
        this.folder = folder;
        this.port = port;
        this.stopAtExit = new Thread(process::destroyForcibly, "haproxy-test-stop");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /**
     * Starts HAProxy on a free loopback port, balancing over the nodes listening on {@code nodePorts} (named
     * {@code node1}, {@code node2}, ... in that order), and waits until it listens.
     */
    static Haproxy inFrontOf(int... nodePorts) throws IOException, InterruptedException {
        return start("", nodePorts);
    }

    /**
     * {@link #inFrontOf} without health checks, so that only the test's own connections reach the nodes: a check
     * connects with a PROXY header too, which a node without {@code --proxy-protocol} refuses and logs.
     */
    static Haproxy withoutHealthChecks(int... nodePorts) throws IOException, InterruptedException {
        return start(" no-check", nodePorts);
    }

    /** Starts it with {@code serverOptions} after each node's {@code server} line. */
    private static Haproxy start(String serverOptions, int... nodePorts) throws IOException, InterruptedException {
        var haproxy = program();
        var folder = Files.createTempDirectory("nudge-haproxy-");
        for (int attempt = 1; ; attempt++) {
            // Another program may take the free port before HAProxy binds it: then HAProxy ends, and another is tried.
            int port = freePort();
            var config = folder.resolve("haproxy.cfg");
            Files.writeString(config, config(port, serverOptions, nodePorts), StandardCharsets.UTF_8);
            var command = new ArrayList<>(dieWithTheTest());
            command.addAll(List.of(haproxy.toString(), "-db", "-f", config.toString()));
            var balancer = new Haproxy(new ProcessBuilder(command).redirectErrorStream(true).start(), folder, port);
            if (balancer.awaitListening()) {
                return balancer;
            }
            var printed = balancer.output();
            balancer.close();
            if (attempt == STARTS) {
                return fail("haproxy did not start; it printed:\n" + printed);
            }
            folder = Files.createTempDirectory("nudge-haproxy-");
        }
    }

    /** The port learners connect to, on 127.0.0.1. */
    int port() {
        return port;
    }

    /** The name HAProxy gives the node at {@code index} (from 0) in {@link #inFrontOf}, as in its log lines. */
    private static String nodeName(int index) {
        return "nodes/node" + (index + 1);
    }

    /**
     * Waits until HAProxy says it took the node at {@code index} out, after its health checks failed, and returns
     * when ({@link System#nanoTime()}) it said so.
     */
    long awaitNodeDown(int index) throws InterruptedException {
        var name = "Server " + nodeName(index) + " is DOWN";
        return output.awaitLineNanos(line -> line.contains(name), "\"" + name + "\"");
    }

    String output() {
        return output.text();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
        try (var files = Files.walk(folder)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static String config(int port, String serverOptions, int... nodePorts) throws IOException {
        String template;
        try (InputStream in = Haproxy.class.getResourceAsStream(CONFIG)) {
            if (in == null) {
                throw new IOException("the test resource " + CONFIG + " is missing");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var config = new StringBuilder(template.replace("@PORT@", Integer.toString(port)));
        for (int i = 0; i < nodePorts.length; i++) {
            config.append("    server node").append(i + 1).append(" 127.0.0.1:").append(nodePorts[i])
                    .append(serverOptions).append('\n');
        }
        return config.toString();
    }

    /**
     * Waits until HAProxy listens, seen in the kernel's socket table rather than by connecting: a connection would be
     * passed on to a node, which would count it and log it as the test's own.
     */
    private boolean awaitListening() throws IOException, InterruptedException {
        var local = String.format("0100007F:%04X", port);
        long deadline = System.nanoTime() + Tmux.TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (var sockets = Files.lines(Path.of("/proc/net/tcp"))) {
                // Fields: slot, local address, remote address, state (0A is LISTEN).
                if (sockets.map(line -> line.strip().split("\\s+"))
                        .anyMatch(fields -> fields.length > 3 && fields[1].equals(local) && fields[3].equals("0A"))) {
                    return true;
                }
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static Path program() {
        var path = System.getenv().getOrDefault("PATH", "");
        var found = Stream.concat(Stream.of(path.split(":")).filter(folder -> !folder.isEmpty()), Stream.of("/usr/sbin"))
                .map(folder -> Path.of(folder, "haproxy")).filter(Files::isExecutable).findFirst();
        if (found.isEmpty() && "true".equals(System.getenv("CI"))) {
            fail("HAProxy (haproxy, from Debian's haproxy package) is needed for this test and CI=true, but is missing");
        }
        Assumptions.assumeTrue(found.isPresent(),
                "skipped: HAProxy is not installed (apt-get install haproxy to run this test)");
        return found.orElseThrow();
    }

    /**
     * {@code setpriv --pdeathsig KILL --}, so that the kernel ends HAProxy with the JVM; nothing where it is missing.
     * The signal follows the thread that started the process, so that thread must outlive it (a test's does).
     */
    private static List<String> dieWithTheTest() {
        Optional<Path> setpriv = Stream.of("/usr/bin/setpriv", "/bin/setpriv").map(Path::of)
                .filter(Files::isExecutable).findFirst();
        return setpriv.map(program -> List.of(program.toString(), "--pdeathsig", "KILL", "--")).orElse(List.of());
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
