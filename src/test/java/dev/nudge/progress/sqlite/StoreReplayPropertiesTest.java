package dev.nudge.progress.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.nudge.progress.Progress;
import dev.nudge.progress.jdbc.Events;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whatever a learner does, a store opened on the same file gives back the progress the tutor computed. */
class StoreReplayPropertiesTest {
    private static final long SEED = 0x5EED_2026_0001L;
    private static Path folder;
    private static SqliteProgressStore writer;
    private static SqliteProgressStore reader;
    private static final AtomicInteger LEARNERS = new AtomicInteger();

    @BeforeAll
    static void openStores() throws IOException {
        folder = Files.createTempDirectory("nudge-replay");
        writer = StoreFiles.open(folder.resolve("progress.db"));
        reader = StoreFiles.open(folder.resolve("progress.db"));
    }

    @AfterAll
    static void closeStores() throws IOException {
        writer.close();
        reader.close();
        try (var files = Files.list(folder)) {
            for (var file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    @Test
    void anotherStoreOnTheFileLoadsWhatReplayComputes() {
        qt().withFixedSeed(SEED).withExamples(160).forAll(lists().of(Events.any()).ofSizeBetween(0, 25))
                .checkAssert(events -> {
                    var learner = "learner-" + LEARNERS.incrementAndGet();
                    events.forEach(event -> writer.record(learner, event));
                    writer.flush();
                    assertThat(reader.load(learner)).isEqualTo(Progress.replay(events));
                    assertThat(writer.load(learner)).isEqualTo(Progress.replay(events));
                });
    }
}
