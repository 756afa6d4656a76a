package dev.nudge.lesson;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An idea the course teaches at one step and relies on afterwards. A step says which terms it introduces
 * ({@code ## Title {#id introduces=derivative}}) and the checker reports every step that uses a term before that,
 * so that a learner is never shown a derivative, a learning rate or an update before the lesson that explains it.
 */
public enum Term {
    /** The loss function: one number that says how wrong the network is. */
    LOSS,
    /** Multiplying the loss out into a polynomial in the parameters. */
    EXPANSION,
    /** Moving a parameter by a tiny amount to see which way the loss goes. */
    NUDGE,
    /** The derivative dLoss/dP and its value, the slope. */
    DERIVATIVE,
    /** The learning rate, the factor of the slope in an update. */
    LEARNING_RATE,
    /** The update {@code P <- P - rate * dLoss/dP}. */
    UPDATE;

    /** The word an author writes for this term, such as {@code learning-rate}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The term an author's word names, if any. */
    public static Optional<Term> of(String word) {
        return Arrays.stream(values()).filter(term -> term.word().equals(word)).findFirst();
    }

    /** Every term's word, for messages. */
    public static List<String> words() {
        return Arrays.stream(values()).map(Term::word).toList();
    }
}
