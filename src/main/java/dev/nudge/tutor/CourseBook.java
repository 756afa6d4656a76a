package dev.nudge.tutor;

import dev.nudge.i18n.Language;
import dev.nudge.lesson.Course;
import dev.nudge.lesson.Lesson;
import dev.nudge.lesson.LessonMath;
import dev.nudge.progress.StepKey;
import dev.nudge.step.TaughtStep;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The course as the tutor walks it: lessons and steps by place, in either language, with each lesson's math ready.
 * Every language has the same steps in the same places (the checker proves it), so a place means the same step in
 * both.
 */
public final class CourseBook {
    private final Course<TaughtStep> course;
    private final Map<Language, List<LessonMath>> math = new HashMap<>();

    public CourseBook(Course<TaughtStep> course) {
        this.course = course;
        for (var language : course.languages()) {
            math.put(language, course.lessons(language).stream().map(LessonMath::of).toList());
        }
    }

    /**
     * A book with no lessons yet, in {@code language}: what the start page is drawn with while the course is still
     * loading. The start page shows nothing of the course, so the first frame can come before the course is read.
     */
    public static CourseBook loading(Language language) {
        return new CourseBook(Course.empty(language));
    }

    public int lessonCount() {
        return course.lessons(course.languages().get(0)).size();
    }

    public Lesson<TaughtStep> lesson(Language language, int index) {
        return course.lessons(available(language)).get(index);
    }

    public int stepCount(int lesson) {
        return lesson(course.languages().get(0), lesson).steps().size();
    }

    public TaughtStep step(Language language, Place place) {
        return lesson(language, place.lesson()).steps().get(place.step());
    }

    public LessonMath math(Language language, int lesson) {
        return math.get(available(language)).get(lesson);
    }

    /** The step's ids, for progress: the same whatever the language. */
    public StepKey key(Place place) {
        var lesson = lesson(course.languages().get(0), place.lesson());
        return new StepKey(lesson.id(), lesson.steps().get(place.step()).id());
    }

    /** The place of a step known by its ids, if the course still has it. */
    public Optional<Place> place(StepKey key) {
        for (int l = 0; l < lessonCount(); l++) {
            var lesson = lesson(course.languages().get(0), l);
            if (!lesson.id().equals(key.lessonId())) {
                continue;
            }
            for (int s = 0; s < lesson.steps().size(); s++) {
                if (lesson.steps().get(s).id().equals(key.stepId())) {
                    return Optional.of(new Place(l, s));
                }
            }
        }
        return Optional.empty();
    }

    public Optional<Place> next(Place place) {
        if (place.step() + 1 < stepCount(place.lesson())) {
            return Optional.of(new Place(place.lesson(), place.step() + 1));
        }
        return place.lesson() + 1 < lessonCount() ? Optional.of(new Place(place.lesson() + 1, 0)) : Optional.empty();
    }

    public Optional<Place> previous(Place place) {
        if (place.step() > 0) {
            return Optional.of(new Place(place.lesson(), place.step() - 1));
        }
        return place.lesson() > 0
                ? Optional.of(new Place(place.lesson() - 1, stepCount(place.lesson() - 1) - 1))
                : Optional.empty();
    }

    private Language available(Language language) {
        return course.languages().contains(language) ? language : course.languages().get(0);
    }
}
