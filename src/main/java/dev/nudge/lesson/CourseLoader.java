package dev.nudge.lesson;

import dev.nudge.i18n.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Loads a course folder ({@code course.txt} and one folder of lessons per language) and checks it as a whole,
 * reporting every problem at once. It never throws for anything in the files.
 */
public final class CourseLoader {
    private CourseLoader() {
    }

    /**
     * Loads the course, reading its steps with {@code kinds}, and checks everything {@code nudge lessons check} checks, the figures of every step too.
     */
    public static <S extends Step> LoadResult<S> load(Path folder, StepReader<S> kinds) {
        return load(folder, kinds, true);
    }

    /**
     * Loads the course to teach it: the same as {@link #load}, but without working out every step's figures in every
     * language to compare them, which costs more than everything else the tutor does before its first frame. That
     * comparison is for {@code nudge lessons check} and the tests; what the tutor needs (whole lessons, the same
     * steps in every language, each lesson's model computing) is still checked.
     */
    public static <S extends Step> LoadResult<S> loadToTeach(Path folder, StepReader<S> kinds) {
        return load(folder, kinds, false);
    }

    private static <S extends Step> LoadResult<S> load(Path folder, StepReader<S> kinds, boolean compareFigures) {
        var problems = new Problems();
        var courseFile = folder.resolve(CourseFile.NAME);
        if (!Files.isDirectory(folder)) {
            problems.add(folder, 0, 0, "not a folder; give the folder that holds " + CourseFile.NAME);
            return new LoadResult<>(Optional.empty(), problems.all());
        }
        if (!Files.isRegularFile(courseFile)) {
            problems.add(courseFile, 0, 0, "missing; a course folder starts with " + CourseFile.NAME
                    + " (see docs/lesson-format.md)");
            return new LoadResult<>(Optional.empty(), problems.all());
        }
        var text = LessonText.read(courseFile, problems);
        if (text.isEmpty()) {
            return new LoadResult<>(Optional.empty(), problems.all());
        }
        var plan = CourseFile.parse(courseFile, text.get(), problems);
        var lessons = new EnumMap<Language, List<Lesson<S>>>(Language.class);
        for (var language : plan.languages()) {
            lessons.put(language, loadLanguage(folder, courseFile, plan, language, kinds, problems));
        }
        var course = new Course<>(plan.formatVersion(), plan.languages(), lessons);
        CourseConsistency.check(course, problems);
        if (compareFigures) {
            FigureConsistency.check(course, problems);
            TermOrder.check(course, problems);
        } else {
            FigureConsistency.checkModels(course, problems);
        }
        boolean complete = lessons.values().stream().allMatch(list -> list.size() == plan.lessons().size())
                && !plan.lessons().isEmpty();
        return new LoadResult<>(complete ? Optional.of(course) : Optional.empty(), problems.all());
    }

    private static <S extends Step> List<Lesson<S>> loadLanguage(Path folder, Path courseFile, CourseFile plan,
            Language language, StepReader<S> kinds, Problems problems) {
        var languageFolder = folder.resolve(language.code());
        var lessons = new ArrayList<Lesson<S>>();
        var listed = new HashSet<Path>();
        for (var name : plan.lessons()) {
            var file = languageFolder.resolve(name.text() + ".md");
            listed.add(file);
            if (!Files.isRegularFile(file)) {
                problems.add(courseFile, name, "lesson \"" + name.text() + "\" has no file " + folder.relativize(file));
                continue;
            }
            LessonText.read(file, problems)
                    .flatMap(text -> {
                        ProseLanguage.check(file, language, text, problems);
                        return LessonParser.parse(file, name.text(), text, kinds, problems);
                    })
                    .ifPresent(lessons::add);
        }
        reportUnlisted(languageFolder, listed, problems);
        return lessons;
    }

    private static void reportUnlisted(Path languageFolder, java.util.Set<Path> listed, Problems problems) {
        if (!Files.isDirectory(languageFolder)) {
            return;
        }
        try (var files = Files.list(languageFolder)) {
            files.filter(f -> f.toString().endsWith(".md") && !listed.contains(f)).sorted().forEach(f -> problems.add(
                    f, 0, 0, "not listed in " + CourseFile.NAME + "; list it under \"lessons:\" or remove it"));
        } catch (IOException e) {
            problems.add(languageFolder, 0, 0, "cannot be listed: " + e.getMessage());
        }
    }
}
