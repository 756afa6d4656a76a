package dev.nudge.progress.sqlite;

import static dev.nudge.progress.jdbc.Events.GUESS;
import static dev.nudge.progress.jdbc.Events.INTRO;
import static dev.nudge.progress.jdbc.Events.QUIZ;
import static dev.nudge.progress.jdbc.Events.answered;
import static dev.nudge.progress.jdbc.Events.visited;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.progress.Progress;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StoreHealth;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteProgressStoreTest {
    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("nudge").resolve("progress.db");
    }

    @Test
    void aNewLearnerHasNoProgressAndTheFileIsCreated() {
        try (var store = StoreFiles.open(file())) {
            assertThat(store.load("ada")).isEqualTo(Progress.NONE);
            assertThat(store.health()).isEqualTo(StoreHealth.SAVING);
        }
        assertThat(file()).exists();
    }

    @Test
    void progressComesBackAfterReopeningAsTheTutorComputedIt() {
        var events = List.of(visited(INTRO), visited(QUIZ), new ProgressEvent.HintTaken(QUIZ, 2), answered(QUIZ, false),
                answered(QUIZ, true), visited(GUESS), new ProgressEvent.Guessed(GUESS, "P_0 up, P_1 down", true));
        try (var store = StoreFiles.open(file())) {
            events.forEach(event -> store.record("ada", event));
        }
        try (var store = StoreFiles.open(file())) {
            var progress = store.load("ada");
            assertThat(progress).isEqualTo(Progress.replay(events));
            assertThat(progress.position()).contains(GUESS);
            assertThat(progress.of(QUIZ).attempts()).isEqualTo(2);
            assertThat(progress.of(QUIZ).firstTry()).isFalse();
        }
    }

    @Test
    void theKeysALearnerLoggedInWithAreKeptBesideTheProgress() throws Exception {
        try (var store = StoreFiles.open(file())) {
            store.keyUsed("alice", "SHA256:first");
            store.keyUsed("alice", "SHA256:second");
            store.keyUsed("alice", "SHA256:first");
            store.record("alice", visited(QUIZ));
        }
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file());
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT fingerprint, first_seen_millis <= last_seen_millis"
                        + " FROM learner_key WHERE learner = 'alice' ORDER BY fingerprint")) {
            var seen = new java.util.ArrayList<String>();
            while (rows.next()) {
                seen.add(rows.getString(1) + " " + rows.getBoolean(2));
            }
            assertThat(seen).containsExactly("SHA256:first true", "SHA256:second true");
        }
        try (var store = StoreFiles.open(file())) {
            assertThat(store.load("alice").position()).contains(QUIZ);
        }
    }

    @Test
    void learnersAreKeptApart() {
        try (var store = StoreFiles.open(file())) {
            store.record("ada", visited(QUIZ));
            store.record("ada", answered(QUIZ, true));
            store.record("alan", visited(INTRO));
            assertThat(store.load("ada").position()).contains(QUIZ);
            assertThat(store.load("alan")).isEqualTo(Progress.replay(List.of(visited(INTRO))));
            assertThat(store.load("grace")).isEqualTo(Progress.NONE);
        }
    }

    @Test
    void resumesAtTheLastStepVisitedNotTheLastAnswered() {
        try (var store = StoreFiles.open(file())) {
            store.record("ada", visited(QUIZ));
            store.record("ada", visited(GUESS));
            store.record("ada", answered(QUIZ, true));
        }
        try (var store = StoreFiles.open(file())) {
            assertThat(store.load("ada").position()).isEqualTo(Optional.of(GUESS));
        }
    }

    @Test
    void resettingALessonForgetsOnlyThatLessonOfThatLearner() {
        try (var store = StoreFiles.open(file())) {
            store.record("ada", visited(INTRO));
            store.record("ada", visited(GUESS));
            store.record("ada", visited(QUIZ));
            store.record("ada", answered(QUIZ, false));
            store.record("alan", visited(QUIZ));
            store.reset("ada", QUIZ.lessonId());
            assertThat(store.load("ada")).isEqualTo(Progress.replay(List.of(visited(GUESS))));
        }
        try (var store = StoreFiles.open(file())) {
            assertThat(store.load("ada").position()).contains(GUESS);
            assertThat(store.load("alan").position()).contains(QUIZ);
        }
    }

    @Test
    void whatWasRecordedIsOnDiskWithoutClosingAsAfterAKill() {
        var first = StoreFiles.open(file());
        first.record("ada", visited(QUIZ));
        first.record("ada", answered(QUIZ, true));
        first.flush();
        // The first store is never closed: the file must already hold everything, as if its process had died.
        try (var second = StoreFiles.open(file())) {
            assertThat(second.load("ada")).isEqualTo(first.load("ada"));
            assertThat(second.load("ada").of(QUIZ).solved()).isTrue();
        }
        first.close();
    }

    @Test
    void recordReturnsBeforeTheDiskIsTouched() {
        try (var store = StoreFiles.open(file())) {
            long start = System.nanoTime();
            for (int i = 0; i < 200; i++) {
                store.record("ada", answered(QUIZ, i % 2 == 0));
            }
            long micros = (System.nanoTime() - start) / 1_000;
            assertThat(micros).as("200 records, in microseconds").isLessThan(100_000);
            assertThat(store.load("ada").of(QUIZ).attempts()).isEqualTo(200);
        }
    }

    @Test
    void closingTwiceIsHarmlessAndLaterEventsAreIgnored() {
        var store = StoreFiles.open(file());
        store.record("ada", visited(INTRO));
        store.close();
        store.close();
        store.record("ada", visited(QUIZ));
        try (var reopened = StoreFiles.open(file())) {
            assertThat(reopened.load("ada").position()).contains(INTRO);
        }
    }
}
