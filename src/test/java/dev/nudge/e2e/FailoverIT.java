package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class on two {@code nudge serve} nodes behind a real HAProxy (TCP mode, {@code leastconn}, PROXY protocol v2),
 * with one host key, one keys file and one store: a learner's real OpenSSH client answers a quiz, the node it is on is
 * killed with SIGKILL, and the learner, connecting again through the balancer as before, lands on the other node
 * with no host key warning and continues at the same step, the quiz answered. The test prints the timeline from the
 * kill to the same step seen again.
 */
class FailoverIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String STARTED = "session 1 started: alice";

    @TempDir
    Path temp;

    /**
     * Where every node of the class keeps progress: the one place, with {@link #storeConnection()}, that says which
     * store the class shares. Here one SQLite folder on this machine, which both nodes open.
     */
    private List<String> storeOptions() {
        return List.of("--data", storeFolder().toString());
    }

    /** A connection to the store of {@link #storeOptions()}, to see what the nodes have committed. */
    private Connection storeConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + storeFolder().resolve("progress.db"));
    }

    private Path storeFolder() {
        return temp.resolve("class-data");
    }

    private ServeProcess node(Path hostKey, Path keys) throws Exception {
        var options = Stream.concat(Stream.of("--proxy-protocol", "--host-key", hostKey.toString(),
                "--authorized-keys", keys.toString()), storeOptions().stream());
        return ServeProcess.start(PROJECT, options.toArray(String[]::new));
    }

    @Test
    void aLearnerWhoseNodeIsKilledReconnectsToTheOtherAndContinuesAtTheSameStepWithTheAnswer() throws Exception {
        var alice = OpenSsh.withNewKey(temp, "alice");
        var keys = Files.copy(alice.publicKey(), temp.resolve("class_keys"));
        var hostKey = OpenSsh.makeHostKey(temp.resolve("class_host_key"));
        try (var first = node(hostKey, keys); var second = node(hostKey, keys);
                var balancer = Haproxy.inFrontOf(first.port(), second.port());
                var tmux = Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8")) {
            var nodes = List.of(first, second);
            tmux.typeLine(alice.checkingHostKeys("accept-new").command(balancer.port(), "student")
                    + "; echo \"EXIT=$?\"");
            tmux.awaitText("q quit");
            int on = nodeLogging(nodes, STARTED);
            assertThat(nodes.get(on).awaitLine(STARTED)).as("the learner's address, from the PROXY header")
                    .contains(" from 127.0.0.1:");
            assertThat(nodes.get(on).output()).as("never the balancer's own address").doesNotContain("127.0.0.2");
            ServeIT.answerTheFirstQuiz(tmux);
            awaitRightAnswersStored(1);

            var timeline = new Timeline();
            nodes.get(on).kill();
            tmux.awaitText("EXIT=255");
            timeline.mark("the learner's ssh ended");
            tmux.typeLine("clear; " + alice.checkingHostKeys("yes").command(balancer.port(), "student")
                    + "; echo \"EXIT=$?\"");
            timeline.mark("reconnect started");
            var frame = tmux.awaitText("Continue: lesson 1, step 4");
            timeline.mark("first frame");
            assertThat(frame).doesNotContain("WARNING", "IDENTIFICATION", "Host key verification failed");
            tmux.press("Enter");
            tmux.awaitText("You answered this rightly before.");
            timeline.mark("same step seen, the answer with it");
            timeline.at("HAProxy took the node out", balancer.awaitNodeDown(on));
            System.out.println("failover timeline, ms from the SIGKILL: " + timeline);

            assertThat(nodes.get(1 - on).awaitLine(STARTED)).contains(" from 127.0.0.1:");
            tmux.type("q");
            tmux.awaitText("Goodbye!");
            nodes.get(1 - on).awaitLine("session 1 ended: alice (quit after");
        }
    }

    /** The index of the node whose log has a line with {@code text}, waiting for one to print it. */
    private static int nodeLogging(List<ServeProcess> nodes, String text) throws InterruptedException {
        long deadline = System.nanoTime() + Tmux.TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < nodes.size(); i++) {
                if (nodes.get(i).output().contains(text)) {
                    return i;
                }
            }
            Thread.sleep(20);
        }
        return fail("no node logged \"" + text + "\"");
    }

    /**
     * Waits until the class's store holds {@code count} right answers: what a node has committed, so what the learner
     * may count on after the node dies (the SQLite store commits within 250 ms of an answer).
     */
    private void awaitRightAnswersStored(int count) throws Exception {
        long deadline = System.nanoTime() + Tmux.TIMEOUT.toNanos();
        int stored = 0;
        while (System.nanoTime() < deadline) {
            try (var store = storeConnection(); var statement = store.createStatement();
                    var rows = statement.executeQuery(
                            "SELECT count(*) FROM event WHERE kind = 'answered' AND correct = 1")) {
                stored = rows.next() ? rows.getInt(1) : 0;
            }
            if (stored == count) {
                return;
            }
            Thread.sleep(20);
        }
        fail("the store holds " + stored + " right answers, not " + count);
    }

    /** Moments after a start, in milliseconds, shown in the order they came. */
    private static final class Timeline {
        private final long start = System.nanoTime();
        private final Map<String, Long> moments = new LinkedHashMap<>();

        void mark(String moment) {
            at(moment, System.nanoTime());
        }

        void at(String moment, long nanos) {
            moments.put(moment, Duration.ofNanos(nanos - start).toMillis());
        }

        @Override
        public String toString() {
            var text = new StringBuilder("SIGKILL 0");
            moments.entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .forEach(moment -> text.append(", ").append(moment.getKey()).append(' ').append(moment.getValue()));
            return text.toString();
        }
    }
}
