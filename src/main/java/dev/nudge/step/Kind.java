package dev.nudge.step;

import dev.nudge.lesson.StepBlock;
import java.util.Optional;

/**
 * A kind of step (reading, guess, quiz, lab, predict, ...), the one thing each kind implements to be known: the name
 * of its fenced block, and how it reads and checks the block's fields into a step of its kind. The step then knows its
 * figures and starts its session; the session knows its keys, its body, its footer, its hints and its plain mode.
 */
public interface Kind {
    /** The fenced block's name as authors write it, such as {@code guess}. */
    String name();

    /** The step {@code block} describes, or empty when it is too broken to use (its problems are reported). */
    Optional<TaughtStep> read(StepBlock block);
}
