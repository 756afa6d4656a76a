package dev.nudge.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A flood of refusals is a line at once, then one line of its count every ten seconds, and nothing when it stops. */
class RefusalTallyTest {
    private final List<String> log = new ArrayList<>();
    private final AtomicLong clock = new AtomicLong();
    private final RefusalTally tally = new RefusalTally(log::add, clock::get);

    @Test
    void theFirstRefusalIsLoggedAtOnceAndTheRestAsACount() {
        tally.refused("192.0.2.1:1", "too many");
        for (int i = 2; i <= 1_000; i++) {
            clock.addAndGet(1_000_000);
            tally.refused("192.0.2.1:" + i, "too many");
        }
        assertThat(log).containsExactly("refused a connection from 192.0.2.1:1 before it logged in: too many");
        clock.set(10_000_000_000L);
        tally.report();
        assertThat(log).last().isEqualTo("refused 999 more connections before they logged in in the last 10s "
                + "(the last from 192.0.2.1:1000: too many)");
        tally.report();
        assertThat(log).as("nothing more to tell").hasSize(2);
    }

    @Test
    void aRefusalLongAfterTheLastLineIsLoggedAtOnce() {
        tally.refused("192.0.2.1:1", "too many");
        clock.addAndGet(RefusalTally.EVERY.toNanos());
        tally.refused("192.0.2.2:1", "full");
        assertThat(log).hasSize(2).last().asString().startsWith("refused a connection from 192.0.2.2:1");
    }
}
