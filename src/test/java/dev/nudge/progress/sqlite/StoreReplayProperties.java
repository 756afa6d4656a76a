package dev.nudge.progress.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.progress.Progress;
import dev.nudge.progress.ProgressEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever a learner does, a store opened on the same file gives back the progress the tutor computed. */
class StoreReplayProperties {
    private static Path folder;
    private static SqliteProgressStore writer;
    private static SqliteProgressStore reader;
    private static final AtomicInteger LEARNERS = new AtomicInteger();

    @BeforeContainer
    static void openStores() throws IOException {
        folder = Files.createTempDirectory("nudge-replay");
        writer = StoreFiles.open(folder.resolve("progress.db"));
        reader = StoreFiles.open(folder.resolve("progress.db"));
    }

    @AfterContainer
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

    @Provide
    Arbitrary<List<ProgressEvent>> histories() {
        return Events.any().list().ofMaxSize(25);
    }

    @Property(tries = 150)
    void anotherStoreOnTheFileLoadsWhatReplayComputes(@ForAll("histories") List<ProgressEvent> events) {
        var learner = "learner-" + LEARNERS.incrementAndGet();
        events.forEach(event -> writer.record(learner, event));
        writer.flush();
        assertThat(reader.load(learner)).isEqualTo(Progress.replay(events));
        assertThat(writer.load(learner)).isEqualTo(Progress.replay(events));
    }
}
