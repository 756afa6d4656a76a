package dev.nudge.progress.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.nudge.progress.Progress;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Whatever a learner does, another store on the same database gives back the progress the tutor computed: each
 * store's test extends this with a writer and a reader store opened on one database.
 */
public abstract class StoreReplayContract {
    private static final long SEED = 0x5EED_2026_0001L;
    private final AtomicInteger learners = new AtomicInteger();

    /** The store that records. */
    protected abstract JdbcProgressStore writer();

    /** Another store on the same database, as another process or node. */
    protected abstract JdbcProgressStore reader();

    @Test
    void anotherStoreOnTheDatabaseLoadsWhatReplayComputes() {
        qt().withFixedSeed(SEED).withExamples(160).forAll(lists().of(Events.any()).ofSizeBetween(0, 25))
                .checkAssert(events -> {
                    var learner = "learner-" + learners.incrementAndGet();
                    events.forEach(event -> writer().record(learner, event));
                    writer().flush();
                    assertThat(reader().load(learner)).isEqualTo(Progress.replay(events));
                    assertThat(writer().load(learner)).isEqualTo(Progress.replay(events));
                });
    }
}
