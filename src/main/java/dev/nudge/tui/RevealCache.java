package dev.nudge.tui;

import dev.nudge.lesson.GuessMath;
import dev.nudge.lesson.LessonMath;
import dev.nudge.math.Rational;
import dev.nudge.tutor.Direction;
import dev.nudge.tutor.GuessReveal;
import dev.nudge.tutor.GuessSession;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the last reveals computed, so a frame that only moves a stage on or scrolls does not expand and
 * differentiate the loss again. The reveal is a pure function of the guess and the lesson's math, so remembering it
 * changes nothing but the time; sessions on other threads share it safely.
 */
final class RevealCache {
    private static final int ENTRIES = 64;

    /** What a reveal depends on: not the stage shown, the row selected or the hints taken. */
    private record Key(GuessMath facts, List<Direction> choices, Rational rate, List<Optional<Rational>> proposed,
            LessonMath math) {
    }

    private static final Map<Key, GuessReveal> REVEALS = Collections.synchronizedMap(
            new LinkedHashMap<>(ENTRIES, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, GuessReveal> eldest) {
                    return size() > ENTRIES;
                }
            });

    private RevealCache() {
    }

    /** The reveal of {@code guess}; throws {@code MathException} as {@link GuessReveal#of} does. */
    static GuessReveal of(GuessSession guess, LessonMath math) {
        var key = new Key(guess.math(), guess.choices(), guess.rate(), guess.proposed(), math);
        var known = REVEALS.get(key);
        if (known != null) {
            return known;
        }
        var computed = GuessReveal.of(guess, math);
        REVEALS.put(key, computed);
        return computed;
    }
}
