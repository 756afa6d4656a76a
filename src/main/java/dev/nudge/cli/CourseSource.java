package dev.nudge.cli;

import dev.nudge.lesson.LoadResult;
import dev.nudge.step.registry.Kinds;
import dev.nudge.tutor.CourseBook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** Loads the course the tutor teaches, and says clearly what is wrong when it cannot. */
public final class CourseSource {
    private static final int MAX_PROBLEMS_SHOWN = 10;

    private CourseSource() {
    }

    /** The course, or empty after telling {@code err} what is wrong with it. */
    static Optional<CourseBook> load(PrintWriter err) {
        try {
            return Optional.of(teach());
        } catch (Unteachable problems) {
            problems.report(err);
            return Optional.empty();
        }
    }

    /** The course, ready to teach; throws {@link Unteachable} when it has problems. */
    public static CourseBook teach() {
        var folder = CourseLocation.defaultFolder();
        var result = Kinds.loadToTeach(folder);
        if (!result.clean()) {
            throw new Unteachable(folder, result);
        }
        return new CourseBook(result.course().orElseThrow());
    }

    /**
     * The course has problems, so the tutor cannot start. Unchecked, so that it can leave the full-screen tutor, which
     * loads the course after its first frame; it is reported once the terminal is back.
     */
    static final class Unteachable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Path folder;
        private final transient LoadResult<?> result;

        Unteachable(Path folder, LoadResult<?> result) {
            super("the course in " + folder + " has problems", null, false, false);
            this.folder = folder;
            this.result = result;
        }

        void report(PrintWriter err) {
            err.println("nudge: the course in " + folder + " has problems, so the tutor cannot start:");
            var problems = result.problems();
            problems.stream().limit(MAX_PROBLEMS_SHOWN).forEach(p -> err.println("  " + CourseLocation.shown(p)));
            if (problems.size() > MAX_PROBLEMS_SHOWN) {
                err.println("  ... and " + (problems.size() - MAX_PROBLEMS_SHOWN) + " more");
            }
            err.println("Run 'nudge lessons check' to see them all.");
            err.flush();
        }
    }
}
