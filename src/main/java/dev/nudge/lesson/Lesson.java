package dev.nudge.lesson;

import java.nio.file.Path;
import java.util.List;

/**
 * One lesson in one language, as loaded from its file.
 *
 * @param name the file name without {@code .md}, as listed in the course file
 * @param id the stable id, the same in every language
 * @param title the title in the file's language
 * @param model the definitions, parameters and points the lesson computes with
 * @param steps the steps in order, never empty
 * @param file where it was loaded from, for messages
 */
public record Lesson(String name, String id, String title, LessonModel model, List<Step> steps, Path file) {
    public Lesson {
        steps = List.copyOf(steps);
    }
}
