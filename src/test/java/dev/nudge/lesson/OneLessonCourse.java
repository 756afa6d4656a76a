package dev.nudge.lesson;

import dev.nudge.step.registry.Kinds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A course of one English lesson written for a test, and the checker's problems with it, from the file name on. */
final class OneLessonCourse {
    private OneLessonCourse() {
    }

    /** Writes the course in {@code root/name} with {@code text} as {@code en/FILE.md}; gives its folder. */
    static Path write(Path root, String name, String file, String text) throws IOException {
        var folder = Files.createDirectories(root.resolve(name));
        Files.createDirectories(folder.resolve("en"));
        Files.writeString(folder.resolve("course.txt"), "format_version: 1\nlanguages: en\nlessons:\n  " + file + "\n");
        Files.writeString(folder.resolve("en/" + file + ".md"), text);
        return folder;
    }

    /** The problems with the course in {@code folder}, each from {@code FILE.md:} on. */
    static List<String> problems(Path folder, String file) {
        return Kinds.load(folder).problems().stream().map(Object::toString)
                .map(problem -> problem.substring(problem.indexOf(file + ".md:"))).toList();
    }
}
