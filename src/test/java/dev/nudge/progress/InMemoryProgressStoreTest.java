package dev.nudge.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The memory store behaves as the lasting one does, so tests that use it tell the truth about the tutor. */
class InMemoryProgressStoreTest {
    private static final StepKey QUIZ = new StepKey("function", "quiz");
    private static final StepKey LOSS = new StepKey("loss", "intro");

    @Test
    void loadsWhatReplayComputesAndResetsOneLesson() {
        try (var store = new InMemoryProgressStore()) {
            store.record("ada", new ProgressEvent.Visited(LOSS));
            store.record("ada", new ProgressEvent.Visited(QUIZ));
            store.record("ada", new ProgressEvent.Answered(QUIZ, "2", true));
            store.record("alan", new ProgressEvent.Visited(QUIZ));
            assertThat(store.load("ada").position()).contains(QUIZ);
            store.reset("ada", "function");
            store.reset("grace", "function");
            assertThat(store.load("ada")).isEqualTo(Progress.replay(List.of(new ProgressEvent.Visited(LOSS))));
            assertThat(store.load("alan").position()).contains(QUIZ);
            assertThat(store.health().saving()).isTrue();
        }
    }
}
