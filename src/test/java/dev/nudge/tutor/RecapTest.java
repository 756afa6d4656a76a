package dev.nudge.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.progress.Progress;
import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;
import dev.nudge.step.guess.Direction;
import dev.nudge.step.guess.GuessRecap;
import dev.nudge.step.guess.GuessReveal;
import dev.nudge.step.guess.GuessSession;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The closing recap, made from what a learner recorded on the fixture course: their guesses said back against the
 * derivative, the update with the numbers the reveal showed them, their score, and a sensible recap for a learner who
 * skipped everything.
 */
class RecapTest {
    private static final StepKey GUESS = new StepKey("slope", "which-way");
    private static final StepKey KNOBS = new StepKey("line", "knobs");
    private static final StepKey LOSS_NOW = new StepKey("slope", "loss-now");

    /** A learner who left P_0 alone but raised P_1, got the choice right, and the number at the second try. */
    private static Progress recorded() {
        return Progress.NONE
                .after(new ProgressEvent.Answered(KNOBS, "$P_0$ and $P_1$", true))
                .after(new ProgressEvent.Guessed(GUESS, "P_0 none, P_1 up", false))
                .after(new ProgressEvent.Guessed(GUESS, "P_0 none, P_1 down", true))
                .after(new ProgressEvent.Answered(LOSS_NOW, "3", false))
                .after(new ProgressEvent.Answered(LOSS_NOW, "9", true));
    }

    private static Recap recap(Progress progress) {
        return Recap.of(FixtureCourse.at(Language.EN, progress, "downhill", "too-far"));
    }

    /** The reveal the learner saw at the guess step, after choosing as {@code keys} do and checking. */
    private static GuessReveal revealed(String keys) {
        var state = FixtureCourse.after(FixtureCourse.at(Language.EN, "slope", "which-way"), keys + ">");
        return ((GuessSession) state.session()).reveal().orElseThrow().computed().orElseThrow();
    }

    @Test
    void theFirstGuessIsSaidBackAgainstTheDerivative() {
        var guesses = recap(recorded()).guesses();
        assertThat(guesses).as("every guess step of the fixture").hasSize(4);
        var guess = guesses.get(0);
        assertThat(guess.lesson()).isEqualTo(2);
        assertThat(guess.title()).isEqualTo(FixtureCourse.book().lesson(Language.EN, 1).title());
        var reveal = revealed("0v+");
        assertThat(guess.recap().parameters()).extracting(GuessRecap.ParameterRecap::name)
                .containsExactly("P_0", "P_1");
        assertThat(guess.recap().parameters()).extracting(GuessRecap.ParameterRecap::said)
                .containsExactly(Optional.of(Direction.NONE), Optional.of(Direction.UP));
        assertThat(guess.recap().parameters()).extracting(GuessRecap.ParameterRecap::right)
                .containsExactlyElementsOf(reveal.parameters().stream().map(GuessReveal.ParameterReveal::right)
                        .toList());
        assertThat(guess.recap().parameters()).extracting(GuessRecap.ParameterRecap::slope)
                .containsExactlyElementsOf(reveal.parameters().stream().map(GuessReveal.ParameterReveal::slope)
                        .toList());
        assertThat(guess.recap().parameters()).extracting(GuessRecap.ParameterRecap::saidRight)
                .containsExactly(true, false);
    }

    @Test
    void theUpdateHasTheNumbersTheRevealShowed() {
        var recap = recap(recorded());
        var reveal = revealed("0v-");
        assertThat(recap.firstLoss()).contains(reveal.lossBefore());
        var update = recap.update().orElseThrow().recap();
        assertThat(update.lossBefore()).isEqualTo(reveal.lossBefore());
        assertThat(update.lossAfter()).isEqualTo(reveal.lossAfter());
        assertThat(update.change()).isEqualTo(reveal.change());
        assertThat(update.parameters()).extracting(GuessRecap.ParameterRecap::after)
                .containsExactlyElementsOf(reveal.parameters().stream().map(GuessReveal.ParameterReveal::after)
                        .toList());
    }

    @Test
    void theScoreCountsTheQuizzesRightAtTheFirstTry() {
        var book = FixtureCourse.book();
        int scored = 0;
        for (int l = 0; l < book.lessonCount(); l++) {
            for (int s = 0; s < book.stepCount(l); s++) {
                scored += book.step(Language.EN, new Place(l, s)).scored() ? 1 : 0;
            }
        }
        var recap = recap(recorded());
        assertThat(recap.quizzes()).isEqualTo(scored);
        assertThat(recap.firstTry()).as("the choice, not the number missed first").isEqualTo(1);
        assertThat(recap.labLesson()).as("the fixture's lab is in its fourth lesson").contains(4);
    }

    @Test
    void aLearnerWhoSkippedEverythingGetsTheCourseNumbersAndNoUpdate() {
        var recap = recap(Progress.NONE);
        assertThat(recap.skippedEveryGuess()).isTrue();
        assertThat(recap.update()).isEmpty();
        assertThat(recap.firstLoss()).as("the loss at the start is the course's").contains(revealed("0v-").lossBefore());
        assertThat(recap.guesses().get(0).recap().parameters()).allMatch(p -> p.said().isEmpty());
        assertThat(recap.firstTry()).isZero();
    }

    @Test
    void aGuessWhoseRevealShowedNoUpdateIsNotTheLearnersUpdate() {
        var byLoss = new StepKey("downhill", "by-loss");
        var recap = recap(Progress.NONE.after(new ProgressEvent.Guessed(byLoss, "P_0 none, P_1 up", true)));
        assertThat(recap.skippedEveryGuess()).isFalse();
        assertThat(recap.guesses().get(3).recap().guessed()).isTrue();
        assertThat(recap.guesses().get(3).updateShown()).as("by-loss reveals only the loss and a nudge").isFalse();
        assertThat(recap.update()).isEmpty();
        assertThat(recap.firstUpdateLesson()).as("the first guess that shows an update").isEqualTo(2);
    }

    @Test
    void aRecordThisVersionDidNotWriteIsLeftOut() {
        var odd = Progress.NONE.after(new ProgressEvent.Guessed(GUESS, "P_0 sideways, garbage, P_1 down = 1/2", false));
        var said = recap(odd).guesses().get(0).recap().parameters().stream().map(GuessRecap.ParameterRecap::said)
                .toList();
        assertThat(said).isEqualTo(List.of(Optional.empty(), Optional.of(Direction.DOWN)));
    }
}
