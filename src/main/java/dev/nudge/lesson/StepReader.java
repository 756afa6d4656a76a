package dev.nudge.lesson;

import java.util.List;
import java.util.Optional;

/**
 * Turns what a lesson file says about one step into a step of its kind. The loader is given one, so that the kinds of
 * step (and their fenced blocks) are known in one place above the lesson format, not inside it.
 *
 * @param <S> the steps it makes
 */
public interface StepReader<S extends Step> {
    /** The fenced-block names that open an interactive step, such as {@code guess}. */
    List<String> blockNames();

    /** The step {@code block} describes, or empty when it is too broken to use (its problems are reported). */
    Optional<S> read(StepBlock block);
}
