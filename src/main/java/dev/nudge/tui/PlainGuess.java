package dev.nudge.tui;

import dev.nudge.tutor.GuessSession;
import dev.nudge.keys.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a guess typed as a line, one direction per parameter ({@code down none}, {@code - 0}), as keys. */
final class PlainGuess {
    private static final Map<String, Character> WORDS = Map.ofEntries(
            Map.entry("+", '+'), Map.entry("up", '+'), Map.entry("raise", '+'), Map.entry("上げる", '+'),
            Map.entry("-", '-'), Map.entry("down", '-'), Map.entry("lower", '-'), Map.entry("下げる", '-'),
            Map.entry("0", '0'), Map.entry("none", '0'), Map.entry("no", '0'), Map.entry("影響なし", '0'));

    private PlainGuess() {
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
