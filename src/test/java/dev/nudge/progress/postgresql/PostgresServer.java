package dev.nudge.progress.postgresql;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for one test class: {@code initdb} in a temporary folder, {@code postgres} listening on
 * 127.0.0.1 on a free port with trust authentication for one user, stopped and deleted by {@link #close()} (and by
 * a shutdown hook if the test JVM ends first). The binaries come from Debian's {@code postgresql} package
 * ({@code /usr/lib/postgresql/VERSION/bin}, the newest) or the {@code PATH}. PostgreSQL refuses to run as root, so
 * under root the server runs as the package's {@code postgres} user (or {@code nobody}) through {@code runuser}.
 *
 * <p>Under {@code CI=true} a missing PostgreSQL fails the test; elsewhere the test is skipped with a message.
 */
public final class PostgresServer implements AutoCloseable {
    /** The database user every test connects as. */
    public static final String USER = "nudge";
    private static final Duration START_WAIT = Duration.ofSeconds(60);
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path bin;
    private final Path folder;
    private final Optional<String> runAs;
    private final int port;
    private volatile Process process;
    private final Thread stopAtExit;

    private PostgresServer(Path bin, Path folder, Optional<String> runAs, int port, Process process) {
        this.bin = bin;
        this.folder = folder;
        this.runAs = runAs;
        this.port = port;
        this.process = process;
        // The postmaster too: under root the process started here is runuser, and killing it alone leaves postgres.
        this.stopAtExit = new Thread(() -> {
            this.process.descendants().forEach(ProcessHandle::destroyForcibly);
            this.process.destroyForcibly();
        }, "postgres-test-stop");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /** Makes a new cluster and starts it; waits until it accepts connections. */
    public static PostgresServer start() throws IOException, InterruptedException {
        var bin = binaries().orElse(null);
        if (bin == null) {
            var why = "PostgreSQL (initdb, postgres) from Debian's postgresql package is needed";
            if ("true".equals(System.getenv("CI"))) {
                fail(why + " and CI=true, but it is missing");
            }
            Assumptions.abort(why + "; install it to run this test");
        }
        var runAs = root() ? Optional.of(serverUser()) : Optional.<String>empty();
        var folder = Files.createTempDirectory("nudge-postgres-");
        var data = folder.resolve("data");
        var sockets = folder.resolve("sockets");
        Files.createDirectories(sockets);
        if (runAs.isPresent()) {
            run(List.of("chown", "-R", runAs.get(), folder.toString()), Optional.empty(), folder);
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--auth=trust",
                "-E", "UTF8", "--no-locale", "--no-sync"), runAs, folder);
        for (int attempt = 1; ; attempt++) {
            int port = freePort();
            var log = folder.resolve("postgres.log");
            var process = launch(bin, folder, runAs, port);
            var server = new PostgresServer(bin, folder, runAs, port, process);
            if (server.awaitReady()) {
                return server;
            }
            server.close();
            if (attempt == 3) {
                throw new IOException("PostgreSQL did not start:\n" + Files.readString(log));
            }
        }
    }

    private static Process launch(Path bin, Path folder, Optional<String> runAs, int port) throws IOException {
        var command = asUser(runAs, List.of(bin.resolve("postgres").toString(), "-D", folder.resolve("data").toString(),
                "-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=" + folder.resolve("sockets"), "-c", "fsync=off",
                "-c", "max_connections=200"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("postgres.log").toFile())).start();
    }

    /** Stops the server as a crash or an operator would (a fast shutdown), keeping its data for {@link #restart}. */
    public void stop() throws IOException, InterruptedException {
        if (process.isAlive()) {
            // pg_ctl signals the postmaster itself: under root, the process started here is runuser, which does not
            // pass a signal on, and the server would outlive the test.
            var stopped = new ProcessBuilder(asUser(runAs, List.of(bin.resolve("pg_ctl").toString(), "stop", "-D",
                    folder.resolve("data").toString(), "-m", "fast", "-w", "-t", "20")))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            stopped.waitFor(30, TimeUnit.SECONDS);
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Starts the stopped server again on the same port and data; waits until it accepts connections. */
    public void restart() throws IOException, InterruptedException {
        process = launch(bin, folder, runAs, port);
        if (!awaitReady()) {
            throw new IOException("PostgreSQL did not start again:\n"
                    + Files.readString(folder.resolve("postgres.log")));
        }
    }

    /**
     * Makes the role {@code user} with {@code password}, which from now on must log in over TCP with that password
     * (SCRAM), while {@link #USER} keeps trust authentication: what a real server asks of nudge's user.
     */
    public void requirePassword(String user, String password) throws IOException, SQLException {
        try (var connection = connect("postgres"); var statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + user + " LOGIN PASSWORD '" + password + "'");
            var hba = folder.resolve("data").resolve("pg_hba.conf");
            Files.writeString(hba, "host all " + user + " 127.0.0.1/32 scram-sha-256\n" + Files.readString(hba));
            statement.execute("SELECT pg_reload_conf()");
        }
    }

    /** The port it listens on, on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** A JDBC address of {@code database} on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A {@code postgresql://} address of {@code database}, as a user gives it to {@code --store}. */
    public String storeUrl(String database) {
        return "postgresql://" + USER + "@127.0.0.1:" + port + "/" + database;
    }

    /** Makes a new, empty database and returns its name; each test can have its own. */
    public String createDatabase() throws SQLException {
        var name = "test_" + DATABASES.incrementAndGet();
        try (var connection = connect("postgres"); var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    /** A plain connection to {@code database} as {@link #USER}. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, "");
    }

    /** Whether the server process is still running. */
    public boolean running() {
        return process.isAlive();
    }

    /** Stops the server at once (a fast shutdown) and deletes its folder. */
    @Override
    public void close() throws IOException, InterruptedException {
        // A fast shutdown: it ends the clients' sessions instead of waiting for them.
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
        deleteTree(folder);
    }

    private boolean awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + START_WAIT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (var connection = connect("postgres")) {
                return true;
            } catch (SQLException notYet) {
                Thread.sleep(100);
            }
        }
        return false;
    }

    private static Optional<Path> binaries() {
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            var debian = versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparing(bin -> versionNumber(bin.getParent())));
            if (debian.isPresent()) {
                return debian;
            }
        } catch (IOException none) {
            // not Debian's layout: look on the PATH
        }
        var path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(":")).filter(folder -> !folder.isEmpty()).map(Path::of)
                .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("postgres")))
                .findFirst();
    }

    private static int versionNumber(Path folder) {
        try {
            return Integer.parseInt(folder.getFileName().toString());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String serverUser() throws IOException, InterruptedException {
        var probe = new ProcessBuilder("id", "-u", "postgres").redirectErrorStream(true).start();
        return probe.waitFor() == 0 ? "postgres" : "nobody";
    }

    private static List<String> asUser(Optional<String> user, List<String> command) {
        if (user.isEmpty()) {
            return command;
        }
        var wrapped = new ArrayList<>(List.of("runuser", "-u", user.get(), "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void run(List<String> command, Optional<String> user, Path folder)
            throws IOException, InterruptedException {
        var process = new ProcessBuilder(asUser(user, command)).directory(folder.toFile()).redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
