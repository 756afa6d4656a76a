package dev.nudge.tui;

import dev.nudge.lesson.GuessMath;
import dev.nudge.lesson.LessonMath;
import dev.nudge.math.Rational;
import dev.nudge.tutor.Direction;
import dev.nudge.tutor.GuessReveal;
import dev.nudge.tutor.GuessSession;
import java.util.List;
import java.util.Optional;

/**
 * Remembers the last reveals computed, so a frame that only moves a stage on or scrolls does not expand and
 * differentiate the loss again. The reveal is a pure function of the guess and the lesson's math, so remembering it
 * changes nothing but the time; sessions on other threads share it safely. The same guess gives the same reveal
 * object, which {@link RevealLines} relies on.
 */
final class RevealCache {
    private static final Memo<Key, GuessReveal> REVEALS = new Memo<>(64);

    /** What a reveal depends on: not the stage shown, the row selected or the hints taken. */
    private record Key(GuessMath facts, List<Direction> choices, Rational rate, List<Optional<Rational>> proposed,
            LessonMath math) {
    }

    private RevealCache() {
    }

    /** The reveal of {@code guess}; throws {@code MathException} as {@link GuessReveal#of} does. */
    static GuessReveal of(GuessSession guess, LessonMath math) {
        var key = new Key(guess.math(), guess.choices(), guess.rate(), guess.proposed(), math);
        return REVEALS.get(key, () -> GuessReveal.of(guess, math));
    }
}
