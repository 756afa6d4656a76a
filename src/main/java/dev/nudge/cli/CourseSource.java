package dev.nudge.cli;

import dev.nudge.lesson.CourseLoader;
import dev.nudge.tutor.CourseBook;
import java.io.PrintWriter;
import java.util.Optional;

/** Loads the course the tutor teaches, and says clearly what is wrong when it cannot. */
final class CourseSource {
    private static final int MAX_PROBLEMS_SHOWN = 10;

    private CourseSource() {
    }

    static Optional<CourseBook> load(PrintWriter err) {
        var folder = CourseLocation.defaultFolder();
        var result = CourseLoader.loadToTeach(folder);
        if (result.clean()) {
            return Optional.of(new CourseBook(result.course().orElseThrow()));
        }
        err.println("nudge: the course in " + folder + " has problems, so the tutor cannot start:");
        result.problems().stream().limit(MAX_PROBLEMS_SHOWN).forEach(p -> err.println("  " + CourseLocation.shown(p)));
        if (result.problems().size() > MAX_PROBLEMS_SHOWN) {
            err.println("  ... and " + (result.problems().size() - MAX_PROBLEMS_SHOWN) + " more");
        }
        err.println("Run 'nudge lessons check' to see them all.");
        return Optional.empty();
    }
}
