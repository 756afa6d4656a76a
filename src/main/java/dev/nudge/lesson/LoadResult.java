package dev.nudge.lesson;

import java.util.List;
import java.util.Optional;

/** What loading a course gives: the course when it could be read, and every problem found either way.
 *
 * @param <S> the steps of the course
 */
public record LoadResult<S extends Step>(Optional<Course<S>> course, List<Problem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
    }

    /** The same result with {@code more} problems, found by a check that runs outside the loader, in file order. */
    public LoadResult<S> with(List<Problem> more) {
        var all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        all.sort(null);
        return new LoadResult<>(course, all);
    }

    public boolean clean() {
        return course.isPresent() && problems.isEmpty();
    }
}
