package dev.nudge.cli;

import dev.nudge.progress.DataDirectory;
import dev.nudge.progress.StoreMessage;
import dev.nudge.progress.StoreUnavailableException;
import dev.nudge.progress.jdbc.JdbcProgressStore;
import dev.nudge.progress.postgresql.PostgresProgressStore;
import dev.nudge.seats.PostgresSeats;
import dev.nudge.seats.Seats;
import dev.nudge.ssh.ClassServer;
import dev.nudge.ssh.Classroom;
import dev.nudge.ssh.ServerConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The real {@code nudge serve}: starts the class server, tells the teacher how to reach it, logs a line per event,
 * and on SIGTERM, SIGINT or SIGHUP says goodbye to every learner and exits with status 0.
 */
final class ClassServerProcess implements ServerLauncher {
    static final int EXIT_CANNOT_START = 1;

    @Override
    public int serve(ServerConfig config, PrintWriter out, PrintWriter err) {
        var book = CourseSource.load(err);
        if (book.isEmpty()) {
            return EXIT_CANNOT_START;
        }
        var progress = ProgressLocation.of(new DataDirectory(config.dataDirectory()), config.store());
        JdbcProgressStore store;
        try {
            store = progress.open();
        } catch (StoreUnavailableException e) {
            err.println("nudge serve: " + e.getMessage());
            err.flush();
            return EXIT_CANNOT_START;
        }
        // Closed by the stop hook below once every session has ended, so answers given while saying goodbye are kept.
        store.closeOnlyWhenAsked();
        store.warnTo(line -> log(out, "progress: " + line));
        store.health().problem().ifPresent(problem -> log(out, problem.english()));
        store.onHealthChange(health -> log(out, health.saving() ? "progress is being saved again"
                : "progress is not being saved: " + health.problem().map(StoreMessage::english).orElse("")));
        var seats = seatsIn(store, out);
        Seats counted = seats.isPresent() ? seats.get() : config.seats();
        ClassServer server;
        try {
            server = ClassServer.start(config.withSeats(counted), new Classroom(book.get(), store),
                    line -> log(out, line));
        } catch (IOException e) {
            err.println("nudge serve: cannot start the server: " + reason(e));
            err.flush();
            seats.ifPresent(PostgresSeats::close);
            store.close();
            return EXIT_CANNOT_START;
        } catch (UncheckedIOException e) {
            err.println("nudge serve: cannot start the server: " + reason(e.getCause()));
            err.flush();
            seats.ifPresent(PostgresSeats::close);
            store.close();
            return EXIT_CANNOT_START;
        }
        introduce(server, config, out);
        out.println("progress: " + progress.described());
        out.flush();
        stopOnSignal(server, seats, store, out);
        awaitForever();
        return 0;
    }

    /**
     * The nodes of a class that share a PostgreSQL store count each learner's seats there, so the limit per learner
     * holds across them; one server on its SQLite file counts them in memory (empty).
     */
    private static Optional<PostgresSeats> seatsIn(JdbcProgressStore store, PrintWriter out) {
        if (store instanceof PostgresProgressStore shared) {
            return Optional.of(PostgresSeats.open(shared.dataSource(), line -> log(out, line)));
        }
        return Optional.empty();
    }

    /** File errors carry only the path as their message; say what is wrong with it. */
    private static String reason(IOException problem) {
        if (problem instanceof NoSuchFileException) {
            return "no such file: " + problem.getMessage();
        }
        if (problem instanceof AccessDeniedException) {
            return "permission denied: " + problem.getMessage();
        }
        if (problem instanceof BindException) {
            return problem.getMessage() + " (is another server using the port?)";
        }
        return problem.getMessage();
    }

    private static void introduce(ClassServer server, ServerConfig config, PrintWriter out) {
        var limits = config.limits();
        out.println("nudge class server listening on " + config.bind() + ":" + server.port());
        out.println("host key: " + server.hostKeyFingerprint() + " (" + server.hostKeyType() + ") in "
                + server.hostKeyFile());
        out.println("who may log in: " + server.describeAuth());
        out.println("learners connect with: ssh -p " + server.port() + " HOST");
        if (config.proxyProtocol()) {
            out.println("PROXY protocol: every connection must come through the load balancer, which names the "
                    + "learner's address in a PROXY header");
        }
        out.println("limits: " + limits.maxSessions() + " sessions, " + limits.maxPerLearner() + " per learner"
                + (config.store().isPresent() ? " on all the nodes sharing the database, " : ", ")
                + limits.attemptsPerMinute() + " connections per address a minute, " + limits.startups().describe()
                + " connections not logged in yet ("
                + limits.startups().perAddress() + " per address); idle sessions close after "
                + config.idle().describe());
        out.println("stop with Ctrl-C or SIGTERM");
        out.flush();
    }

    /**
     * JVM shutdown starts on the signal; while the server runs nothing else ends the JVM, so the hook can end every
     * session gracefully and then halt with status 0 (the JVM would otherwise report 128 + the signal).
     */
    private static void stopOnSignal(ClassServer server, Optional<PostgresSeats> seats, JdbcProgressStore store,
            PrintWriter out) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log(out, "stopping: closing " + server.openSessions() + " sessions");
            try {
                server.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            seats.ifPresent(PostgresSeats::close);
            // Every session has ended, so every answer is waiting or written: write them out before the process
            // halts, and if that cannot be done in time, the store has said how many were lost.
            var unsaved = store.closeWithin(JdbcProgressStore.CLOSE_WAIT);
            if (!unsaved.any()) {
                log(out, "progress: every change saved");
            }
            log(out, "stopped");
            Runtime.getRuntime().halt(0);
        }, "nudge-serve-stop"));
    }

    private static void awaitForever() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static synchronized void log(PrintWriter out, String line) {
        out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_TIME) + " " + line);
        out.flush();
    }
}
