package dev.nudge.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nudge.keys.Key;
import dev.nudge.step.StepContext;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The walking learners' pace: a reading pause that grows with the step's prose, typing within its range, the same
 * pauses from the same seed, the old fast pace kept, and a clear error for a pace that does not exist.
 */
class LearnerPaceTest {
    private static final LearnerWalk.Press TYPED = new LearnerWalk.Press(Key.character('3'), true,
            LearnerWalk.Moment.TYPE, 0);

    @Test
    void aLongerStepIsReadForLongerAndTypingStaysWithinItsRange() {
        var pace = LearnerPace.person(7);
        long shortRead = IntStream.range(0, 50).mapToLong(i -> pace.millisBefore(reading(20))).max().orElseThrow();
        long longRead = IntStream.range(0, 50).mapToLong(i -> pace.millisBefore(reading(80))).min().orElseThrow();
        assertThat(longRead).isGreaterThan(shortRead);
        assertThat(pace.millisBefore(reading(10_000))).isEqualTo(LearnerPace.READ_MAX_MS);
        IntStream.range(0, 200).forEach(i -> assertThat(pace.millisBefore(TYPED))
                .isBetween((long) LearnerPace.TYPE_MIN_MS, (long) LearnerPace.TYPE_MAX_MS));
    }

    @Test
    void theSameSeedGivesTheSamePausesAndTheFastPaceIgnoresTheMoment() {
        var course = new LearnerWalk.Course(LearnerWalkTest.lessons());
        var walk = IntStream.range(0, 1_000)
                .mapToObj(seed -> new LearnerWalk(course, StepContext.UNNAMED_LEARNER, seed))
                .filter(w -> w.firstLesson() == 0).findFirst().orElseThrow();
        var presses = IntStream.range(0, 300).mapToObj(i -> walk.next()).toList();
        assertThat(presses).anyMatch(p -> p.moment() == LearnerWalk.Moment.READ && p.words() > 10)
                .anyMatch(p -> p.moment() == LearnerWalk.Moment.CONFIRM);
        var one = LearnerPace.person(11);
        var other = LearnerPace.person(11);
        assertThat(presses.stream().map(one::millisBefore).toList())
                .isEqualTo(presses.stream().map(other::millisBefore).toList());
        var fast = LearnerPace.fast(11);
        presses.forEach(p -> assertThat(fast.millisBefore(p)).isBetween(100L, 500L));
    }

    @Test
    void anUnknownPaceSaysWhichThereAre() {
        assertThatThrownBy(() -> LearnerPace.named("slow\u001b[2J", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PACE is 'slow?[2J'; it must be learner or fast");
    }

    private static LearnerWalk.Press reading(int words) {
        return TYPED.reading(words);
    }
}
