package dev.nudge.lesson;

import java.nio.file.Path;
import java.util.List;

/**
 * One lesson in one language, as loaded from its file.
 *
 * @param <S> its steps, as the kinds of step made them
 *
 * @param name the file name without {@code .md}, as listed in the course file
 * @param id the stable id, the same in every language
 * @param title the title in the file's language
 * @param model the definitions, parameters and points the lesson computes with
 * @param steps the steps in order, never empty
 * @param file where it was loaded from, for messages
 */
public record Lesson<S extends Step>(String name, String id, String title, LessonModel model, List<S> steps,
        Path file) {
    public Lesson {
        steps = List.copyOf(steps);
    }
}
