package dev.nudge.report;

import dev.nudge.lesson.Course;
import dev.nudge.lesson.Lesson;
import dev.nudge.progress.StepKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * The course as a report needs it: titles and the order of lessons and steps. A report is still useful without the
 * course (its files moved, or broken): then steps are named by their ids and completion is unknown.
 */
final class CourseOutline {
    private final List<? extends Lesson<?>> lessons;
    private final boolean known;

    private CourseOutline(List<? extends Lesson<?>> lessons, boolean known) {
        this.lessons = List.copyOf(lessons);
        this.known = known;
    }

    static CourseOutline of(Optional<? extends Course<?>> course) {
        return course.map(c -> new CourseOutline(c.lessons(c.languages().get(0)), true))
                .orElseGet(() -> new CourseOutline(List.of(), false));
    }

    OptionalInt lessonCount() {
        return known ? OptionalInt.of(lessons.size()) : OptionalInt.empty();
    }

    /** Lessons whose every step the learner has seen ({@code seen} says which). */
    OptionalInt lessonsCompleted(Predicate<StepKey> seen) {
        if (!known) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) lessons.stream().filter(lesson -> lesson.steps().stream()
                .allMatch(step -> seen.test(new StepKey(lesson.id(), step.id())))).count());
    }

    /** "2.3 Lesson title / Step title", or "lesson-id/step-id" for a step the course does not have. */
    String title(StepKey key) {
        var place = place(key);
        if (place.isEmpty()) {
            return key.lessonId() + "/" + key.stepId();
        }
        var lesson = lessons.get(place.get().lesson());
        return (place.get().lesson() + 1) + "." + (place.get().step() + 1) + " " + lesson.title() + " / "
                + lesson.steps().get(place.get().step()).title();
    }

    /** Orders steps as the course does; steps it lacks come last, by their ids. */
    Comparator<StepKey> order() {
        return Comparator.<StepKey, Place>comparing(key -> place(key).orElse(Place.ABSENT))
                .thenComparing(StepKey::lessonId).thenComparing(StepKey::stepId);
    }

    /** Where a step stands in the course, counted from 0; absent steps sort last. */
    private record Place(int lesson, int step) implements Comparable<Place> {
        static final Place ABSENT = new Place(Integer.MAX_VALUE, Integer.MAX_VALUE);

        @Override
        public int compareTo(Place other) {
            return lesson != other.lesson ? Integer.compare(lesson, other.lesson) : Integer.compare(step, other.step);
        }
    }

    private Optional<Place> place(StepKey key) {
        for (int l = 0; l < lessons.size(); l++) {
            var lesson = lessons.get(l);
            if (!lesson.id().equals(key.lessonId())) {
                continue;
            }
            var ids = new ArrayList<String>();
            lesson.steps().forEach(step -> ids.add(step.id()));
            int s = ids.indexOf(key.stepId());
            return s < 0 ? Optional.empty() : Optional.of(new Place(l, s));
        }
        return Optional.empty();
    }
}
