package dev.nudge.progress.sqlite;

import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Progress events for tests: a few named ones, and arbitrary ones over a small course of two lessons. */
final class Events {
    static final StepKey INTRO = new StepKey("function", "intro");
    static final StepKey QUIZ = new StepKey("function", "quiz");
    static final StepKey GUESS = new StepKey("loss", "guess");

    private Events() {
    }

    static ProgressEvent visited(StepKey step) {
        return new ProgressEvent.Visited(step);
    }

    static ProgressEvent answered(StepKey step, boolean correct) {
        return new ProgressEvent.Answered(step, correct ? "9.006001" : "9", correct);
    }

    static Arbitrary<ProgressEvent> any() {
        var steps = Arbitraries.of(INTRO, QUIZ, GUESS, new StepKey("loss", "quiz"), new StepKey("loss", "end"));
        // What a learner types is text: any code point, but no half of a surrogate pair.
        var typed = Arbitraries.strings().withCharRange(' ', '\uD7FF').withChars("\"',;\n\u0000\t").ofMaxLength(12);
        var correct = Arbitraries.of(true, false);
        return Arbitraries.oneOf(
                steps.map(ProgressEvent.Visited::new),
                Combinators.combine(steps, typed, correct).as(ProgressEvent.Answered::new),
                Combinators.combine(steps, typed, correct).as(ProgressEvent.Guessed::new),
                Combinators.combine(steps, Arbitraries.integers().between(1, 3)).as(ProgressEvent.HintTaken::new),
                steps.map(ProgressEvent.AnswerShown::new));
    }
}
