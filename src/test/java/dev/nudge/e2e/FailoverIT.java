package dev.nudge.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.nudge.progress.postgresql.OnePostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class on two {@code nudge serve} nodes behind a real HAProxy (TCP mode, {@code leastconn}, PROXY protocol v2),
 * with one host key, one keys file, one PostgreSQL database and one session per learner across both: a learner's real
 * OpenSSH client answers a quiz, the node it is on is killed with SIGKILL, and the learner, connecting again through
 * the balancer as before, lands on the other node with no host key warning and continues at the same step, the quiz
 * answered. The test prints the timeline from the kill to the same step seen again.
 */
class FailoverIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String STARTED = "session 1 started: alice";

    @TempDir
    Path temp;

    @RegisterExtension
    static final OnePostgres POSTGRES = OnePostgres.withDatabasePerTest();

    /**
     * Where node {@code n} of the class keeps progress: the one PostgreSQL database every node shares (with
     * {@link #storeConnection()}), and a data folder of its own, so that nothing else passes between the nodes.
     */
    private List<String> storeOptions(int n) {
        return List.of("--store", POSTGRES.server().storeUrl(POSTGRES.database()),
                "--data", temp.resolve("node-" + n).toString());
    }

    /** A connection to the class's database, to see what the nodes have committed. */
    private Connection storeConnection() throws SQLException {
        return POSTGRES.server().connect(POSTGRES.database());
    }

    /**
     * Node {@code n}, allowing each learner one session on all the nodes together: a seat the killed node held must
     * be free at once, or the learner's reconnect would be refused.
     */
    private ServeProcess node(int n, Path hostKey, Path keys) throws Exception {
        var options = Stream.concat(Stream.of("--proxy-protocol", "--host-key", hostKey.toString(),
                "--authorized-keys", keys.toString(), "--max-per-learner", "1"), storeOptions(n).stream());
        return ServeProcess.start(PROJECT, options.toArray(String[]::new));
    }

    @Test
    void aLearnerWhoseNodeIsKilledReconnectsToTheOtherAndContinuesAtTheSameStepWithTheAnswer() throws Exception {
        var alice = OpenSsh.withNewKey(temp, "alice");
        var keys = Files.copy(alice.publicKey(), temp.resolve("class_keys"));
        var hostKey = OpenSsh.makeHostKey(temp.resolve("class_host_key"));
        try (var first = node(1, hostKey, keys); var second = node(2, hostKey, keys);
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
            try (var another = Tmux.start(80, 24, PROJECT, "LANG=C.UTF-8")) {
                // leastconn sends a second login to the node with no session: the limit must hold there too.
                another.typeLine(alice.checkingHostKeys("yes").command(balancer.port(), "student")
                        + "; echo \"EXIT=$?\"");
                another.awaitText("as many sessions open as a learner may (1)");
                assertThat(nodes.get(1 - on).awaitLine("refused a session for alice")).as("by the other node")
                        .contains("as many sessions open as a learner may (1)");
            }

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

            // Its second session: the first was the refused one.
            assertThat(nodes.get(1 - on).awaitLine("session 2 started: alice")).contains(" from 127.0.0.1:");
            tmux.type("q");
            tmux.awaitText("Goodbye!");
            nodes.get(1 - on).awaitLine("session 2 ended: alice (quit after");
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
     * may count on after the node dies (the store commits within 250 ms of an answer).
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
