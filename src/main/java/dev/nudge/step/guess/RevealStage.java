package dev.nudge.step.guess;

import dev.nudge.lesson.Term;
import java.util.List;

/**
 * The stages of a guess step: the learner chooses, then one keypress reveals each stage in turn. Each stage names
 * the terms it shows, so a lesson can be checked for showing none before the course has taught it.
 */
public enum RevealStage {
    CHOOSING(List.of()),
    LOSS(List.of(Term.LOSS)),
    EXPANSION(List.of(Term.EXPANSION)),
    DERIVATIVES(List.of(Term.DERIVATIVE)),
    NUDGE(List.of(Term.NUDGE)),
    UPDATE(List.of(Term.UPDATE, Term.LEARNING_RATE, Term.DERIVATIVE)),
    CHANGE(List.of(Term.UPDATE)),
    VERDICT(List.of());

    private final List<Term> terms;

    RevealStage(List<Term> terms) {
        this.terms = terms;
    }

    List<Term> terms() {
        return terms;
    }

    RevealStage next() {
        return this == VERDICT ? VERDICT : values()[ordinal() + 1];
    }

    RevealStage previous() {
        return this == CHOOSING ? CHOOSING : values()[ordinal() - 1];
    }

    /** Whether this stage and everything before it is on screen at {@code current}. */
    public boolean shownAt(RevealStage current) {
        return current.ordinal() >= ordinal();
    }
}
