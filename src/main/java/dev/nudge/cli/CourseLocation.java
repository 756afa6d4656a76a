package dev.nudge.cli;

import dev.nudge.lesson.Problem;
import java.nio.file.Path;

/**
 * Where the course lives: the {@code lessons/} folder next to the launcher (which passes its own folder as the
 * {@code nudge.home} property), else {@code lessons/} in the working directory.
 */
final class CourseLocation {
    private CourseLocation() {
    }

    static Path defaultFolder() {
        var home = System.getProperty("nudge.home");
        return home == null || home.isBlank() ? Path.of("lessons") : Path.of(home, "lessons");
    }

    /** A problem with its file shown relative to the working directory when it lies below it. */
    static String shown(Problem problem) {
        var here = Path.of("").toAbsolutePath();
        var file = problem.file().toAbsolutePath().normalize();
        var relative = file.startsWith(here) ? here.relativize(file) : problem.file();
        return new Problem(relative, problem.line(), problem.column(), problem.message()).toString();
    }
}
