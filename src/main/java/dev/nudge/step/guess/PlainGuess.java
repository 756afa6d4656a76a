package dev.nudge.step.guess;

import dev.nudge.i18n.Language;
import dev.nudge.i18n.Messages;
import dev.nudge.keys.Key;
import dev.nudge.layout.MathText;
import dev.nudge.layout.Writing;
import dev.nudge.step.PlainLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a guess typed as a line, one direction per parameter ({@code down none}, {@code - 0}), as keys. The words
 * for each direction come from the message bundles; a line may use the words of any language (so the English ones
 * always work), or the signs {@code + - 0}.
 */
public final class PlainGuess {
    /** Each direction's message (its words, separated by spaces) and the key the guess takes for it. */
    private static final Map<String, Character> DIRECTIONS = directions();

    private PlainGuess() {
    }

    private static Map<String, Character> directions() {
        var directions = new LinkedHashMap<String, Character>();
        directions.put("plain.guess.up", '+');
        directions.put("plain.guess.down", '-');
        directions.put("plain.guess.none", '0');
        return directions;
    }

    /** The keys that make this guess and submit it, or how to type a guess when the line is not one. */
    static PlainLine line(GuessSession guess, String line, Writing d) {
        var keys = keys(guess, line);
        if (!keys.isEmpty()) {
            return new PlainLine(keys, Optional.empty());
        }
        return new PlainLine(keys, Optional.of(usage(guess, d)));
    }

    /** How to type a guess for {@code guess}'s parameters, in the words of {@code d}'s language. */
    static String usage(GuessSession guess, Writing d) {
        var names = new MathText(d.glyphs());
        var key = guess.parameters().size() == 1 ? "plain.guessUsageOne" : "plain.guessUsage";
        return d.text(key, String.join(", ", guess.parameters().stream().map(names::name).toList()),
                listed(d.language()), listed(Language.EN));
    }

    /** The keys that make this guess and submit it; empty when the line is not a guess for every parameter. */
    static List<Key> keys(GuessSession guess, String line) {
        var words = line.toLowerCase(Locale.ROOT).split("[\\s,、]+");
        if (words.length != guess.parameters().size()) {
            return List.of();
        }
        var accepted = accepted();
        var keys = new ArrayList<Key>();
        for (int i = 0; i < guess.selected(); i++) {
            keys.add(Key.of(Key.Kind.UP));
        }
        for (int i = 0; i < words.length; i++) {
            var choice = accepted.get(words[i]);
            if (choice == null) {
                return List.of();
            }
            if (i > 0) {
                keys.add(Key.of(Key.Kind.DOWN));
            }
            keys.add(Key.character(choice));
        }
        keys.add(Key.of(Key.Kind.ENTER));
        return keys;
    }

    /** Every word of every language, and the signs, with the key each stands for. */
    static Map<String, Character> accepted() {
        var accepted = new HashMap<String, Character>();
        DIRECTIONS.forEach((message, key) -> {
            accepted.put(String.valueOf(key), key);
            for (var language : Language.values()) {
                for (var word : words(language, message)) {
                    accepted.put(word, key);
                }
            }
        });
        return accepted;
    }

    /** The first word for each direction in {@code language}, as a list in that language ("up, down or none"). */
    public static String listed(Language language) {
        return Messages.text(language, "plain.guess.list",
                DIRECTIONS.keySet().stream().map(message -> words(language, message).get(0)).toArray());
    }

    private static List<String> words(Language language, String message) {
        return List.of(Messages.text(language, message).toLowerCase(Locale.ROOT).split(" +"));
    }
}
