package dev.nudge.lesson;

import dev.nudge.i18n.Language;
import java.util.List;
import java.util.Map;

/**
 * The whole course: its lessons in order, in every language. Every language has the same lessons and steps, so a
 * learner can switch language at any step.
 *
 * @param <S> its steps, as the kinds of step made them
 */
public record Course<S extends Step>(int formatVersion, List<Language> languages,
        Map<Language, List<Lesson<S>>> lessons) {
    public Course {
        languages = List.copyOf(languages);
        lessons = Map.copyOf(lessons);
    }

    /** A course with no lessons, in {@code language}. */
    public static <S extends Step> Course<S> empty(Language language) {
        return new Course<>(CourseFile.SUPPORTED_VERSION, List.of(language), Map.of(language, List.of()));
    }

    /** The lessons in {@code language}, or in the course's first language if it lacks that one. */
    public List<Lesson<S>> lessons(Language language) {
        return List.copyOf(lessons.getOrDefault(language, lessons.get(languages.get(0))));
    }

    public int stepCount() {
        return lessons(languages.get(0)).stream().mapToInt(lesson -> lesson.steps().size()).sum();
    }
}
