package dev.nudge.tui.view;

import dev.nudge.i18n.Language;
import dev.nudge.layout.Line;
import dev.nudge.layout.Writing;
import dev.nudge.tutor.CourseBook;
import dev.nudge.tutor.Place;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The laid-out title and prose of steps, shared by every session of the process. A step's prose depends only on the
 * course, the step, the language, the width and the glyphs (see {@link StepDocument#prose}), and its lines are
 * immutable, so a thousand learners on a class server reaching the same step at the same width need it laid out once,
 * not once each: under the walking load it was the largest part of a key's work once each session kept its own.
 *
 * <p>No lock is taken: two sessions laying out the same step at once both do the work, and one result is kept. The
 * map is bounded, since the width comes from the learner's terminal; when it is full it is emptied, so a client
 * resizing through every width costs at worst what laying out every step for every key cost before.
 */
final class SharedProse {
    static final int LIMIT = 2_048;
    private static final ConcurrentHashMap<Key, List<Line>> PROSE = new ConcurrentHashMap<>();

    private record Key(CourseBook book, Language language, Place place, int width, Writing writing) {
    }

    private SharedProse() {
    }

    /** The prose of {@code place} for these, laid out by {@code layout} if no session has laid it out yet. */
    static List<Line> of(CourseBook book, Language language, Place place, int width, Writing writing,
            Supplier<List<Line>> layout) {
        var key = new Key(book, language, place, width, writing);
        var lines = PROSE.get(key);
        if (lines == null) {
            lines = layout.get();
            if (PROSE.size() >= LIMIT) {
                PROSE.clear();
            }
            PROSE.putIfAbsent(key, lines);
        }
        return lines;
    }

    /** How many steps' prose are kept, for tests. */
    static int size() {
        return PROSE.size();
    }
}
