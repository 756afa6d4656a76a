package dev.nudge.tui.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.layout.Glyphs;
import dev.nudge.layout.Line;
import dev.nudge.layout.Writing;
import dev.nudge.progress.Progress;
import dev.nudge.tutor.FixtureCourse;
import dev.nudge.tutor.Page;
import dev.nudge.tutor.Place;
import dev.nudge.tutor.TutorState;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The prose shared by every session: laid out once for sessions at the same step, language, width and glyphs, laid
 * out again when any of them differs, bounded whatever widths the learners' terminals send, and the same lines a
 * session lays out on its own.
 */
class SharedProseTest {
    private static final Writing WRITING = new Writing(Language.EN, Glyphs.UNICODE);

    @Test
    void sessionsAtTheSameStepAndWidthShareOneLayout() {
        var book = FixtureCourse.book();
        var laidOut = new AtomicInteger();
        var first = SharedProse.of(book, Language.EN, new Place(0, 1), 71, WRITING, counting(laidOut));
        var second = SharedProse.of(book, Language.EN, new Place(0, 1), 71, WRITING, counting(laidOut));
        assertThat(second).isSameAs(first);
        assertThat(laidOut).hasValue(1);
    }

    @Test
    void anotherStepWidthLanguageOrGlyphsIsLaidOutAgain() {
        var book = FixtureCourse.book();
        var laidOut = new AtomicInteger();
        SharedProse.of(book, Language.EN, new Place(0, 2), 73, WRITING, counting(laidOut));
        SharedProse.of(book, Language.EN, new Place(0, 3), 73, WRITING, counting(laidOut));
        SharedProse.of(book, Language.EN, new Place(0, 2), 74, WRITING, counting(laidOut));
        SharedProse.of(book, Language.JA, new Place(0, 2), 73, new Writing(Language.JA, Glyphs.UNICODE),
                counting(laidOut));
        SharedProse.of(book, Language.EN, new Place(0, 2), 73, new Writing(Language.EN, Glyphs.ASCII),
                counting(laidOut));
        assertThat(laidOut).hasValue(5);
    }

    @Test
    void aClientResizingThroughEveryWidthKeepsItBounded() {
        var book = FixtureCourse.book();
        for (int width = 1; width <= SharedProse.LIMIT + 100; width++) {
            SharedProse.of(book, Language.EN, new Place(0, 0), 1_000 + width, WRITING, List::of);
            assertThat(SharedProse.size()).isLessThanOrEqualTo(SharedProse.LIMIT);
        }
    }

    @Test
    void aSecondSessionDrawsTheSameBodyAsTheFirstAndAsTheStepDocument() {
        var options = new ViewOptions(false, true);
        var state = FixtureCourse.after(TutorState.start(FixtureCourse.book(), Language.EN, Progress.NONE), "1>");
        assertThat(state.page()).isEqualTo(Page.LESSON);
        var d = new Drawing(null, state.language(), options.glyphs(state.language()), Theme.choose(true));
        var first = new BodyLines(options).lines(state, 64);
        var second = new BodyLines(options).lines(state, 64);
        assertThat(first).isNotEmpty().isEqualTo(StepDocument.lines(d, state, 64));
        assertThat(second).isEqualTo(first);
    }

    private static Supplier<List<Line>> counting(AtomicInteger count) {
        return () -> {
            count.incrementAndGet();
            return List.of(Line.EMPTY);
        };
    }
}
