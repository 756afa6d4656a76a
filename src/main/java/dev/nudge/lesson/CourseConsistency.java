package dev.nudge.lesson;

import dev.nudge.i18n.Language;
import java.util.List;

/**
 * Checks that every language tells the same course: the same lessons with the same ids, and in each the same steps
 * (ids and kinds, in order). Progress is kept by step id, so this is what lets a learner switch language mid-course.
 */
final class CourseConsistency {
    private CourseConsistency() {
    }

    static void check(Course<?> course, Problems problems) {
        var reference = course.languages().get(0);
        var referenceLessons = course.lessons().get(reference);
        for (var language : course.languages().subList(1, course.languages().size())) {
            for (var lesson : course.lessons().get(language)) {
                referenceLessons.stream().filter(r -> r.name().equals(lesson.name())).findFirst()
                        .ifPresent(r -> compare(r, lesson, problems));
            }
        }
        for (var language : course.languages()) {
            course.lessons().get(language).forEach(lesson -> uniqueStepIds(lesson, problems));
        }
        uniqueLessonIds(course.lessons().get(reference), problems);
    }

    private static void compare(Lesson<?> reference, Lesson<?> other, Problems problems) {
        if (!reference.id().equals(other.id())) {
            problems.add(other.file(), 1, 1, "lesson id \"" + other.id() + "\" differs from \"" + reference.id()
                    + "\" in " + reference.file() + "; a lesson has the same id in every language");
        }
        var steps = other.steps();
        var referenceSteps = reference.steps();
        for (int i = 0; i < Math.max(steps.size(), referenceSteps.size()); i++) {
            if (i >= steps.size()) {
                var missing = referenceSteps.get(i);
                problems.add(other.file(), lastLine(steps), 1, "step \"" + missing.id() + "\" (" + reference.file() + ":"
                        + missing.line() + ") is missing here");
                continue;
            }
            var step = steps.get(i);
            if (i >= referenceSteps.size()) {
                problems.add(other.file(), step.line(), 1, "step \"" + step.id() + "\" has no counterpart in "
                        + reference.file());
                continue;
            }
            compareStep(reference, referenceSteps.get(i), other, step, problems);
        }
    }

    private static void compareStep(Lesson<?> reference, Step expected, Lesson<?> other, Step step, Problems problems) {
        var where = reference.file() + ":" + expected.line();
        if (!step.id().equals(expected.id())) {
            problems.add(other.file(), step.line(), 1, "step id \"" + step.id() + "\" where " + where + " has \""
                    + expected.id() + "\"; steps have the same ids in the same order in every language");
        } else if (!step.kind().equals(expected.kind())) {
            problems.add(other.file(), step.line(), 1, "step \"" + step.id() + "\" is a " + step.kind()
                    + " step here but a " + expected.kind() + " step in " + where);
        }
    }

    private static void uniqueStepIds(Lesson<?> lesson, Problems problems) {
        var seen = new java.util.HashMap<String, Step>();
        for (var step : lesson.steps()) {
            var first = seen.putIfAbsent(step.id(), step);
            if (first != null) {
                problems.add(lesson.file(), step.line(), 1, "step id \"" + step.id() + "\" is used twice (first on line "
                        + first.line() + ")");
            }
        }
    }

    private static void uniqueLessonIds(List<? extends Lesson<?>> lessons, Problems problems) {
        var seen = new java.util.HashMap<String, Lesson<?>>();
        for (var lesson : lessons) {
            var first = seen.putIfAbsent(lesson.id(), lesson);
            if (first != null) {
                problems.add(lesson.file(), 1, 1, "lesson id \"" + lesson.id() + "\" is also the id of " + first.file());
            }
        }
    }

    private static int lastLine(List<? extends Step> steps) {
        return steps.isEmpty() ? 1 : steps.get(steps.size() - 1).line();
    }

}
