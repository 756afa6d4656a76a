package dev.nudge.ssh;

import dev.nudge.i18n.Language;
import dev.nudge.progress.InMemoryProgressStore;
import dev.nudge.tui.view.ViewOptions;
import dev.nudge.tutor.TestCourse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.assertj.core.api.Assertions;

/** A class server in this JVM on a free loopback port, with its log kept for assertions. */
final class TestServer implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final ServerLimits ROOMY = new ServerLimits(20, 5, 100);

    private final ClassServer server;
    private final List<String> log = new CopyOnWriteArrayList<>();

    /** The progress of every learner on this server, kept in memory for the test. */
    final InMemoryProgressStore store = new InMemoryProgressStore();

    private TestServer(ServerConfig config) {
        try {
            server = ClassServer.start(config, new Classroom(TestCourse.book(), store), log::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ServerConfig config(Path dataDirectory, AuthMode auth, ServerLimits limits, IdlePolicy idle) {
        return new ServerConfig("127.0.0.1", 0, auth, dataDirectory, limits, idle, Duration.ofSeconds(5),
                environment -> new Appearance(Language.EN, new ViewOptions(false, false)));
    }

    static TestServer start(ServerConfig config) {
        return new TestServer(config);
    }

    static TestServer open(Path dataDirectory) {
        return start(config(dataDirectory, new AuthMode.AnyKey(), ROOMY, IdlePolicy.closingAfter(Duration.ZERO)));
    }

    int port() {
        return server.port();
    }

    ClassServer server() {
        return server;
    }

    List<String> log() {
        return log;
    }

    /** Waits for a log line matching {@code condition}; fails with the whole log if none comes. */
    String awaitLog(Predicate<String> condition, String description) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (var line : log) {
                if (condition.test(line)) {
                    return line;
                }
            }
            Thread.sleep(10);
        }
        return Assertions.fail("the server never logged " + description + "; its log:\n" + String.join("\n", log));
    }

    String awaitLog(String text) throws InterruptedException {
        return awaitLog(line -> line.contains(text), "\"" + text + "\"");
    }

    /** Waits until exactly {@code count} sessions hold a seat. */
    void awaitOpenSessions(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (server.openSessions() != count) {
            if (System.nanoTime() > deadline) {
                Assertions.fail("the server never had " + count + " sessions open; it has " + server.openSessions());
            }
            Thread.sleep(10);
        }
    }

    @Override
    public void close() throws InterruptedException {
        server.close();
    }
}
