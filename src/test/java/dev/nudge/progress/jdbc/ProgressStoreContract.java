package dev.nudge.progress.jdbc;

import static dev.nudge.progress.jdbc.Events.GUESS;
import static dev.nudge.progress.jdbc.Events.INTRO;
import static dev.nudge.progress.jdbc.Events.QUIZ;
import static dev.nudge.progress.jdbc.Events.answered;
import static dev.nudge.progress.jdbc.Events.visited;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.progress.Progress;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;
import dev.nudge.progress.StoreHealth;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every progress store promises, whatever database is behind it: each store's test extends this and says how
 * to open a store on the test's own database, and how to look into that database as another program would.
 */
public abstract class ProgressStoreContract {
    /** A new store on this test's database; each call opens another, as another process or node would. */
    protected abstract JdbcProgressStore open();

    /** A plain connection to this test's database. */
    protected abstract Connection raw() throws SQLException;

    @Test
    void aNewLearnerHasNoProgress() {
        try (var store = open()) {
            assertThat(store.load("ada")).isEqualTo(Progress.NONE);
            assertThat(store.health()).isEqualTo(StoreHealth.SAVING);
        }
    }

    @Test
    void progressComesBackAfterReopeningAsTheTutorComputedIt() {
        var events = List.of(visited(INTRO), visited(QUIZ), new ProgressEvent.HintTaken(QUIZ, 2), answered(QUIZ, false),
                answered(QUIZ, true), visited(GUESS), new ProgressEvent.Guessed(GUESS, "P_0 up, P_1 down", true));
        try (var store = open()) {
            events.forEach(event -> store.record("ada", event));
        }
        try (var store = open()) {
            var progress = store.load("ada");
            assertThat(progress).isEqualTo(Progress.replay(events));
            assertThat(progress.position()).contains(GUESS);
            assertThat(progress.of(QUIZ).attempts()).isEqualTo(2);
            assertThat(progress.of(QUIZ).firstTry()).isFalse();
        }
    }

    @Test
    void theKeysALearnerLoggedInWithAreKeptBesideTheProgress() throws Exception {
        try (var store = open()) {
            store.keyUsed("alice", "SHA256:first");
            store.keyUsed("alice", "SHA256:second");
            store.keyUsed("alice", "SHA256:first");
            store.record("alice", visited(QUIZ));
        }
        try (var connection = raw();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT fingerprint, first_seen_millis <= last_seen_millis"
                        + " FROM learner_key WHERE learner = 'alice' ORDER BY fingerprint")) {
            var seen = new ArrayList<String>();
            while (rows.next()) {
                seen.add(rows.getString(1) + " " + rows.getBoolean(2));
            }
            assertThat(seen).containsExactly("SHA256:first true", "SHA256:second true");
        }
        try (var store = open()) {
            assertThat(store.load("alice").position()).contains(QUIZ);
        }
    }

    @Test
    void learnersAreKeptApart() {
        try (var store = open()) {
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
        try (var store = open()) {
            store.record("ada", visited(QUIZ));
            store.record("ada", visited(GUESS));
            store.record("ada", answered(QUIZ, true));
        }
        try (var store = open()) {
            assertThat(store.load("ada").position()).isEqualTo(Optional.of(GUESS));
        }
    }

    @Test
    void resettingALessonForgetsOnlyThatLessonOfThatLearner() {
        try (var store = open()) {
            store.record("ada", visited(INTRO));
            store.record("ada", visited(GUESS));
            store.record("ada", visited(QUIZ));
            store.record("ada", answered(QUIZ, false));
            store.record("alan", visited(QUIZ));
            store.reset("ada", QUIZ.lessonId());
            assertThat(store.load("ada")).isEqualTo(Progress.replay(List.of(visited(GUESS))));
        }
        try (var store = open()) {
            assertThat(store.load("ada").position()).contains(GUESS);
            assertThat(store.load("alan").position()).contains(QUIZ);
        }
    }

    @Test
    void whatWasRecordedIsStoredWithoutClosingAsAfterAKill() {
        var first = open();
        first.record("ada", visited(QUIZ));
        first.record("ada", answered(QUIZ, true));
        first.flush();
        // The first store is never closed: the database must already hold everything, as if its process had died.
        try (var second = open()) {
            assertThat(second.load("ada")).isEqualTo(first.load("ada"));
            assertThat(second.load("ada").of(QUIZ).solved()).isTrue();
        }
        first.close();
    }

    @Test
    void anAnswerIsCommittedWithinTheBoundWithoutAFlush() throws Exception {
        try (var store = open(); var other = open()) {
            store.record("ada", answered(QUIZ, true));
            long deadline = System.nanoTime() + JdbcProgressStore.COMMIT_BOUND.toNanos();
            boolean seen = false;
            while (!seen && System.nanoTime() - deadline < 0) {
                seen = other.load("ada").of(QUIZ).solved();
            }
            assertThat(seen).as("seen by another store within %s", JdbcProgressStore.COMMIT_BOUND).isTrue();
        }
    }

    @Test
    void recordReturnsBeforeTheDatabaseIsTouched() {
        try (var store = open()) {
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
        var store = open();
        store.record("ada", visited(INTRO));
        store.close();
        store.close();
        store.record("ada", visited(QUIZ));
        try (var reopened = open()) {
            assertThat(reopened.load("ada").position()).contains(INTRO);
        }
    }

    @Test
    void typedTextComesBackExactlyEvenWhatADatabaseCannotHold() {
        var typed = List.of("a\u0000b", "\uFFFFmarked", "\\0 and \\\\", "\uFFFF\u0000", "", "P₁ ↑ 日本語");
        var answers = new ArrayList<ProgressEvent>();
        for (int i = 0; i < typed.size(); i++) {
            answers.add(new ProgressEvent.Answered(new StepKey("typed", "s" + i), typed.get(i), false));
        }
        try (var store = open()) {
            answers.forEach(answer -> store.record("ada", answer));
        }
        try (var store = open()) {
            var progress = store.load("ada");
            for (int i = 0; i < typed.size(); i++) {
                assertThat(progress.of(new StepKey("typed", "s" + i)).firstAnswer()).isEqualTo(typed.get(i));
            }
        }
    }
}
