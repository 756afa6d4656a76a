package dev.nudge.lesson;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every lesson's math in every language and that all languages compute the same figures, step by step: the
 * prose may differ, the numbers may not.
 */
final class FigureConsistency {
    private FigureConsistency() {
    }

    static void check(Course<?> course, Problems problems) {
        var reference = new HashMap<String, Map<String, List<String>>>();
        var referenceLessons = new HashMap<String, Lesson<?>>();
        for (var language : course.languages()) {
            for (var lesson : course.lessons().get(language)) {
                var math = MathCheck.compile(lesson, problems);
                if (math.isEmpty()) {
                    continue;
                }
                var figures = MathCheck.figures(lesson, math.get(), problems);
                var expected = reference.putIfAbsent(lesson.name(), figures);
                referenceLessons.putIfAbsent(lesson.name(), lesson);
                if (expected != null) {
                    compare(referenceLessons.get(lesson.name()), expected, lesson, figures, problems);
                }
            }
        }
    }

    /** Checks only that every lesson's model (definitions, parameters, points) computes in every language. */
    static void checkModels(Course<?> course, Problems problems) {
        course.languages().forEach(language -> course.lessons().get(language)
                .forEach(lesson -> MathCheck.compile(lesson, problems)));
    }

    private static void compare(Lesson<?> referenceLesson, Map<String, List<String>> expected, Lesson<?> lesson,
            Map<String, List<String>> figures, Problems problems) {
        for (var step : lesson.steps()) {
            var mine = figures.get(step.id());
            var theirs = expected.get(step.id());
            boolean sameKind = referenceLesson.steps().stream()
                    .anyMatch(other -> other.id().equals(step.id()) && other.kind().equals(step.kind()));
            if (sameKind && theirs != null && !theirs.equals(mine)) {
                problems.add(lesson.file(), step.line(), 1, "step \"" + step.id() + "\" computes " + shown(mine)
                        + " here but " + shown(theirs) + " in " + referenceLesson.file() + "; every language shows the"
                        + " same numbers");
            }
        }
    }

    private static String shown(List<String> figures) {
        return figures.isEmpty() ? "nothing" : "[" + String.join(", ", figures) + "]";
    }
}
