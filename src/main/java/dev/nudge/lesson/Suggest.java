package dev.nudge.lesson;

import java.util.Collection;
import java.util.Optional;

/** Finds the known word a typo most likely meant, for messages such as {@code (did you mean "quiz"?)}. */
final class Suggest {
    private static final int MAX_EDITS = 2;

    private Suggest() {
    }

    static Optional<String> closest(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = MAX_EDITS + 1;
        for (var candidate : known) {
            int distance = distance(typed.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** " (did you mean "x"?)" when a known word is close, else "". */
    static String didYouMean(String typed, Collection<String> known) {
        return closest(typed, known).map(word -> " (did you mean \"" + word + "\"?)").orElse("");
    }

    /** Levenshtein distance: the fewest single-character edits that turn {@code a} into {@code b}. */
    static int distance(String a, String b) {
        var previous = new int[b.length() + 1];
        var current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
