package dev.nudge.lesson;

import java.util.List;

/**
 * One screenful of a lesson, identified by an id that is the same in every language. What a step does beyond its
 * prose belongs to its kind (a guess, a quiz, ...); the lesson knows only what checking a course needs, so that a new
 * kind of step never touches the loader.
 */
public interface Step {
    String id();

    String title();

    /** The line of the step's heading, for messages. */
    int line();

    /** The prose of the step; for an interactive step, the text that asks the question. */
    List<ProseBlock> prose();

    /** The name of the step's kind, as authors write it in a fenced block ({@code prose} for a step without one). */
    String kind();

    /** Whether the learner's answers here get a verdict, so they count among the answers right at the first try. */
    boolean scored();

    /** Checks the math of the step's block (its prose is checked already) and adds the figures it computes. */
    void check(StepFigures figures);

    /**
     * The terms the step's kind relies on beyond what its text says (a guess's reveal stages, an update's learning
     * rate), for the check that no step uses a term before the step that introduces it.
     */
    default List<TermUse> uses() {
        return List.of();
    }
}
