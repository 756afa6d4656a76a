package dev.nudge.progress.jdbc;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.nudge.progress.ProgressEvent;
import dev.nudge.progress.StepKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Progress events for the tests of every store: a few named ones, and arbitrary ones over a small course of two
 * lessons.
 */
public final class Events {
    /** The time every change is recorded at, so rows compare equal across runs. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T09:30:00Z"), ZoneOffset.UTC);
    public static final StepKey INTRO = new StepKey("function", "intro");
    public static final StepKey QUIZ = new StepKey("function", "quiz");
    public static final StepKey GUESS = new StepKey("loss", "guess");

    private Events() {
    }

    public static ProgressEvent visited(StepKey step) {
        return new ProgressEvent.Visited(step);
    }

    public static ProgressEvent answered(StepKey step, boolean correct) {
        return new ProgressEvent.Answered(step, correct ? "9.006001" : "9", correct);
    }

    public static Gen<ProgressEvent> any() {
        var steps = Generate.pick(List.of(INTRO, QUIZ, GUESS, new StepKey("loss", "quiz"), new StepKey("loss", "end")));
        // What a learner types is text: any code point, but no half of a surrogate pair.
        var typed = typed();
        var correct = Generate.booleans();
        return Generate.oneOf(
                steps.map(ProgressEvent.Visited::new),
                steps.zip(typed, correct, ProgressEvent.Answered::new),
                steps.zip(typed, correct, ProgressEvent.Guessed::new),
                steps.zip(integers().between(1, 3), ProgressEvent.HintTaken::new),
                steps.map(ProgressEvent.AnswerShown::new));
    }

    /** Up to 12 characters, each from U+0020..U+D7FF or one of {@code "',;}, newline, NUL and tab. */
    private static Gen<String> typed() {
        Gen<Character> inRange = Generate.characters(' ', '\uD7FF');
        Gen<Character> special = Generate.pick(List.of('"', '\'', ',', ';', '\n', '\u0000', '\t'));
        return lists().of(Generate.oneOf(inRange, special)).ofSizeBetween(0, 12)
                .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
    }
}
