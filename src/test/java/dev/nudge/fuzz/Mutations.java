package dev.nudge.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random text for fuzzing: strings of tokens from a vocabulary, and real inputs edited a few times (a span deleted,
 * a token inserted, a span doubled), which stay close enough to valid input to reach deep into a parser.
 */
public final class Mutations {
    private Mutations() {
    }

    /** Up to {@code maxTokens} tokens from {@code vocabulary}, joined. */
    public static String tokens(SplittableRandom random, List<String> vocabulary, int maxTokens) {
        var out = new StringBuilder();
        int length = random.nextInt(maxTokens + 1);
        for (int i = 0; i < length; i++) {
            out.append(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        return out.toString();
    }

    /** One of {@code originals}, edited one to four times with tokens from {@code vocabulary}. */
    public static String mutated(SplittableRandom random, List<String> originals, List<String> vocabulary) {
        var text = originals.get(random.nextInt(originals.size()));
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            text = edit(random, text, vocabulary);
        }
        return text;
    }

    private static String edit(SplittableRandom random, String text, List<String> vocabulary) {
        int at = random.nextInt(text.length() + 1);
        int end = Math.min(text.length(), at + random.nextInt(6));
        switch (random.nextInt(3)) {
            case 0:
                return text.substring(0, at) + text.substring(end);
            case 1:
                return text.substring(0, at) + vocabulary.get(random.nextInt(vocabulary.size())) + text.substring(at);
            default:
                return text.substring(0, end) + text.substring(at, end) + text.substring(end);
        }
    }
}
