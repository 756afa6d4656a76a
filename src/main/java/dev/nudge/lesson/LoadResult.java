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

    public boolean clean() {
        return course.isPresent() && problems.isEmpty();
    }
}
