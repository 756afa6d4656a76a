package dev.nudge.progress.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.progress.Progress;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The queue in front of the disk stays short under a flood of navigation, and keeps everything else, in order. */
class WaitingChangesTest {
    private static final Instant AT = Events.CLOCK.instant();
    private static final List<StepKey> STEPS = List.of(Events.INTRO, Events.QUIZ, Events.GUESS,
            new StepKey("loss", "quiz"), new StepKey("loss", "end"));

    @Test
    void aHundredThousandPageFlipsWaitAsOneRowPerStepAndAnotherLearnersAnswerIsInTheFirstBatch() {
        var waiting = new WaitingChanges();
        for (int i = 0; i < 100_000; i++) {
            waiting.add(append("flood", Events.visited(i % 2 == 0 ? Events.INTRO : Events.QUIZ)));
        }
        waiting.add(append("ada", Events.answered(Events.QUIZ, true)));

        var batch = waiting.oldest(DiskWriter.BATCH);
        assertThat(batch.stream().mapToInt(StoreChange::size).sum()).isEqualTo(3);
        assertThat(waiting.of("flood")).extracting(change -> ((StoreChange.Append) change).event())
                .containsExactly(Events.visited(Events.INTRO), Events.visited(Events.QUIZ));
        assertThat(batch.get(batch.size() - 1).learner()).isEqualTo("ada");
    }

    @Test
    void recordingDoesNotWaitWhileTheWriterHoldsTheQueue() throws InterruptedException {
        var waiting = new WaitingChanges();
        var recorded = new CountDownLatch(1);
        synchronized (waiting) {
            // the writer's lock, held as while it takes a batch
            var session = new Thread(() -> {
                try {
                    waiting.awaitRoom("ada");
                    waiting.add(append("ada", Events.answered(Events.QUIZ, true)));
                    recorded.countDown();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            session.start();
            assertThat(recorded.await(5, TimeUnit.SECONDS)).as("recorded while the queue was held").isTrue();
        }
        assertThat(waiting.oldest(DiskWriter.BATCH)).extracting(StoreChange::learner).containsExactly("ada");
    }

    @Test
    void aLearnerWhoseVisitsFillTheInboxIsNotHeldBackOnceTheyAreOneRow() throws InterruptedException {
        var waiting = new WaitingChanges();
        for (int i = 0; i < WaitingChanges.PER_LEARNER + 10; i++) {
            waiting.awaitRoom("flood");
            waiting.add(append("flood", Events.visited(i % 2 == 0 ? Events.INTRO : Events.QUIZ)));
        }
        assertThat(waiting.of("flood")).hasSize(2);
    }

    @Test
    void whatIsWrittenAndWhatWaitsReplayToTheSameProgressAsEveryEventRecorded() {
        var random = new Random(17);
        for (int round = 0; round < 500; round++) {
            var waiting = new WaitingChanges();
            var recorded = new ArrayList<ProgressEvent>();
            var written = new ArrayList<ProgressEvent>();
            for (int i = 0; i < 60; i++) {
                var event = anyEvent(random);
                recorded.add(event);
                waiting.add(append("ada", event));
                if (random.nextInt(10) == 0) {
                    // the writer takes a batch now and then, which closes the run of visits it holds
                    var batch = waiting.oldest(1 + random.nextInt(5));
                    written.addAll(events(batch));
                    waiting.written(batch);
                }
            }
            written.addAll(events(waiting.of("ada")));
            assertThat(Progress.replay(written)).as("round %d: %s", round, recorded)
                    .isEqualTo(Progress.replay(recorded));
            assertThat(written.size()).isLessThanOrEqualTo(recorded.size());
        }
    }

    @Test
    void everyAnswerHintAndResetIsKeptInOrderBetweenTheVisits() {
        var waiting = new WaitingChanges();
        var hint = new ProgressEvent.HintTaken(Events.QUIZ, 1);
        var wrong = Events.answered(Events.QUIZ, false);
        var right = Events.answered(Events.QUIZ, true);
        waiting.add(append("ada", Events.visited(Events.INTRO)));
        waiting.add(append("ada", Events.visited(Events.QUIZ)));
        waiting.add(append("ada", hint));
        waiting.add(append("ada", Events.visited(Events.INTRO)));
        waiting.add(append("ada", Events.visited(Events.QUIZ)));
        waiting.add(append("ada", wrong));
        waiting.add(new StoreChange.Reset("ada", "function"));
        waiting.add(append("ada", right));

        assertThat(waiting.of("ada")).containsExactly(
                append("ada", Events.visited(Events.INTRO)), append("ada", Events.visited(Events.QUIZ)),
                append("ada", hint),
                append("ada", Events.visited(Events.INTRO)), append("ada", Events.visited(Events.QUIZ)),
                append("ada", wrong), new StoreChange.Reset("ada", "function"), append("ada", right));
    }

    @Test
    void aLearnerWithTooMuchWaitingWaitsForTheWriterWhileOthersDoNot() throws InterruptedException {
        var waiting = new WaitingChanges();
        for (int i = 0; i < WaitingChanges.PER_LEARNER; i++) {
            waiting.add(append("flood", Events.answered(Events.QUIZ, false)));
        }
        var admitted = new CountDownLatch(1);
        var flooder = new Thread(() -> {
            try {
                waiting.awaitRoom("flood");
                admitted.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        flooder.start();
        waiting.awaitRoom("ada");
        assertThat(admitted.await(200, TimeUnit.MILLISECONDS)).as("the flooder was let in before any write").isFalse();

        waiting.written(waiting.oldest(10));
        assertThat(admitted.await(5, TimeUnit.SECONDS)).as("the flooder is let in once the writer took some").isTrue();
        flooder.join();
    }

    @Test
    void aLearnerIsNotHeldBackWhileProgressIsKeptInMemoryOnly() throws InterruptedException {
        var waiting = new WaitingChanges();
        waiting.holdBack(false);
        for (int i = 0; i < WaitingChanges.PER_LEARNER + 10; i++) {
            waiting.awaitRoom("ada");
            waiting.add(append("ada", Events.answered(Events.QUIZ, false)));
        }
        assertThat(waiting.of("ada")).hasSize(WaitingChanges.PER_LEARNER + 10);
    }

    @Test
    void closingCountsAnswersApartFromTheRestAndRefusesWhatComesAfter() {
        var waiting = new WaitingChanges();
        waiting.add(append("ada", Events.visited(Events.INTRO)));
        waiting.add(append("ada", Events.visited(Events.QUIZ)));
        waiting.add(append("ada", Events.answered(Events.QUIZ, true)));
        waiting.add(append("ada", new ProgressEvent.Guessed(Events.GUESS, "P_1 down", true)));
        waiting.add(append("ada", new ProgressEvent.HintTaken(Events.GUESS, 2)));

        assertThat(waiting.close()).isEqualTo(new Unsaved(2, 3));
        assertThat(waiting.add(append("ada", Events.answered(Events.QUIZ, true))))
                .isEqualTo(WaitingChanges.Added.CLOSED);
    }

    @Test
    void whileNothingCanBeWrittenMemoryIsBoundedAndWhatIsRefusedIsCounted() {
        var waiting = new WaitingChanges();
        waiting.holdBack(false);
        for (int i = 0; i < WaitingChanges.MEMORY_BOUND; i++) {
            assertThat(waiting.add(append("learner-" + i % 500, Events.answered(Events.QUIZ, true))))
                    .isEqualTo(WaitingChanges.Added.KEPT);
        }
        assertThat(waiting.add(append("ada", Events.answered(Events.QUIZ, true))))
                .isEqualTo(WaitingChanges.Added.OVER_BOUND);
        assertThat(waiting.add(new StoreChange.Reset("ada", "function"))).isEqualTo(WaitingChanges.Added.OVER_BOUND);
        assertThat(waiting.refused()).isEqualTo(new Unsaved(1, 1));
        assertThat(waiting.of("ada")).isEmpty();

        // Once the database is written again, the bound is the writer's pace, not memory: changes are kept.
        waiting.written(waiting.oldest(DiskWriter.BATCH));
        waiting.holdBack(true);
        assertThat(waiting.add(append("ada", Events.answered(Events.QUIZ, true)))).isEqualTo(WaitingChanges.Added.KEPT);
    }

    private static StoreChange.Append append(String learner, ProgressEvent event) {
        return new StoreChange.Append(learner, AT, event);
    }

    private static List<ProgressEvent> events(List<StoreChange> changes) {
        var events = new ArrayList<ProgressEvent>();
        for (var change : changes) {
            if (change instanceof VisitRun run) {
                run.visits().forEach(visit -> events.add(visit.event()));
            } else {
                events.add(((StoreChange.Append) change).event());
            }
        }
        return events;
    }

    private static ProgressEvent anyEvent(Random random) {
        var step = STEPS.get(random.nextInt(STEPS.size()));
        return switch (random.nextInt(8)) {
            case 0 -> Events.answered(step, random.nextBoolean());
            case 1 -> new ProgressEvent.Guessed(step, "guess", random.nextBoolean());
            case 2 -> new ProgressEvent.HintTaken(step, 1 + random.nextInt(3));
            case 3 -> new ProgressEvent.AnswerShown(step);
            default -> Events.visited(step);
        };
    }
}
