package dev.nudge.lesson;

import java.util.List;

/**
 * A place where a step relies on a term, for the check that nothing is used before the step that introduces it.
 *
 * @param term the term used
 * @param line the line of the lesson file where it is used
 * @param how what uses it, for the message (such as {@code the reveal stage "derivatives"})
 */
public record TermUse(Term term, int line, String how) {
    /** What a step that makes an update at a learning rate ({@code rate:} on {@code line}) relies on. */
    public static List<TermUse> ofUpdate(int line) {
        var how = "the update its \"rate:\" makes";
        return List.of(new TermUse(Term.UPDATE, line, how), new TermUse(Term.LEARNING_RATE, line, how),
                new TermUse(Term.DERIVATIVE, line, how));
    }
}
