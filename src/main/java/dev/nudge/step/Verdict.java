package dev.nudge.step;

import dev.nudge.lesson.RichText;
import dev.nudge.math.MathException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the tutor says about one answer to a quiz. Texts from the interface are kept as message keys with arguments,
 * never translated, so a verdict reads right after the learner switches language.
 */
public sealed interface Verdict {
    /** Whether the answer is right. */
    boolean isCorrect();

    /** Whether the answer uses up an attempt; input that could not be read does not. */
    boolean countsAsAttempt();

    /** Handles each kind of verdict; a new kind is a compile error wherever verdicts are shown. */
    interface Visitor<R> {
        R correct(Correct correct);

        R wrong(Wrong wrong);

        R invalid(Invalid invalid);
    }

    <R> R accept(Visitor<R> visitor);

    /** The answer is right. */
    record Correct() implements Verdict {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.correct(this);
        }

        @Override
        public boolean isCorrect() {
            return true;
        }

        @Override
        public boolean countsAsAttempt() {
            return true;
        }
    }

    /**
     * The answer is wrong: {@code explanation} is the lesson's own text for this mistake (a choice's reason or a
     * {@code mistake:} line), {@code message} an interface text saying what is wrong in general; at least one.
     */
    record Wrong(Optional<RichText> explanation, Optional<Notice> message) implements Verdict {
        public Wrong {
            Objects.requireNonNull(explanation, "explanation");
            Objects.requireNonNull(message, "message");
            if (explanation.isEmpty() && message.isEmpty()) {
                throw new IllegalArgumentException("a wrong answer needs an explanation or a message");
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.wrong(this);
        }

        /** Wrong for the reason the lesson gives. */
        public static Wrong because(RichText explanation) {
            return new Wrong(Optional.of(explanation), Optional.empty());
        }

        /** Wrong, with the interface text {@code messageKey}. */
        public static Wrong saying(String messageKey, String... arguments) {
            return new Wrong(Optional.empty(), Optional.of(new Notice(messageKey, List.of(arguments))));
        }

        @Override
        public boolean isCorrect() {
            return false;
        }

        @Override
        public boolean countsAsAttempt() {
            return true;
        }
    }

    /** The answer could not be read as an answer at all; the learner keeps their place and may try again. */
    record Invalid(Notice message) implements Verdict {
        public Invalid {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.invalid(this);
        }

        public static Invalid saying(String messageKey, String... arguments) {
            return new Invalid(new Notice(messageKey, List.of(arguments)));
        }

        /** Invalid, with the interface text {@code messageKey} quoting the math engine's {@code problem}. */
        public static Invalid quoting(String messageKey, MathException problem) {
            return new Invalid(new Notice(messageKey, List.of(), List.of(Notice.of(problem))));
        }

        @Override
        public boolean isCorrect() {
            return false;
        }

        @Override
        public boolean countsAsAttempt() {
            return false;
        }
    }
}
