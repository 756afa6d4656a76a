package dev.nudge.step.guess;

import dev.nudge.keys.Key;
import dev.nudge.layout.MathText;
import dev.nudge.layout.Writing;
import dev.nudge.step.PlainLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads a guess typed as a line, one direction per parameter ({@code down none}, {@code - 0}), as keys. */
final class PlainGuess {
    private static final Map<String, Character> WORDS = Map.ofEntries(
            Map.entry("+", '+'), Map.entry("up", '+'), Map.entry("raise", '+'), Map.entry("上げる", '+'),
            Map.entry("-", '-'), Map.entry("down", '-'), Map.entry("lower", '-'), Map.entry("下げる", '-'),
            Map.entry("0", '0'), Map.entry("none", '0'), Map.entry("no", '0'), Map.entry("影響なし", '0'));

    private PlainGuess() {
    }

    /** The keys that make this guess and submit it, or how to type a guess when the line is not one. */
    static PlainLine line(GuessSession guess, String line, Writing d) {
        var keys = keys(guess, line);
        if (!keys.isEmpty()) {
            return new PlainLine(keys, Optional.empty());
        }
        var names = new MathText(d.glyphs());
        return new PlainLine(keys, Optional.of(d.text("plain.guessUsage",
                String.join(", ", guess.parameters().stream().map(names::name).toList()))));
    }

    /** The keys that make this guess and submit it; empty when the line is not a guess for every parameter. */
    static List<Key> keys(GuessSession guess, String line) {
        var words = line.toLowerCase(Locale.ROOT).split("[\\s,、]+");
        if (words.length != guess.parameters().size()) {
            return List.of();
        }
        var keys = new ArrayList<Key>();
        for (int i = 0; i < guess.selected(); i++) {
            keys.add(Key.of(Key.Kind.UP));
        }
        for (int i = 0; i < words.length; i++) {
            var choice = WORDS.get(words[i]);
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
}
