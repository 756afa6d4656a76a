package dev.nudge.tui.view;

import dev.nudge.keys.KeyPattern;
import dev.nudge.keys.Keymap;
import dev.nudge.layout.KeyHint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lines of a help panel, made from keymaps: one line per label, with every key bound to it, in the order the
 * keymap declares them. A key that an earlier binding of the same keymap already takes is left out, so each line
 * says what the key does here; a catch-all ("any other key") is not a key to learn and is left out too.
 */
final class HelpRows {
    private final Drawing d;
    private final Map<String, Set<String>> rows = new LinkedHashMap<>();

    HelpRows(Drawing d) {
        this.d = d;
    }

    /** Adds the keys of {@code keymap}, each under its label; returns this. */
    HelpRows add(Keymap<?> keymap) {
        var taken = new ArrayList<KeyPattern>();
        for (var binding : keymap.bindings()) {
            for (var pattern : binding.keys()) {
                if (pattern.specific() && !taken.contains(pattern)) {
                    taken.add(pattern);
                    rows.computeIfAbsent(binding.label(), label -> new LinkedHashSet<>()).add(KeyNames.name(d, pattern));
                }
            }
        }
        return this;
    }

    /** Adds one key that no keymap holds (Ctrl-C, which the runtime itself answers) under {@code label}. */
    HelpRows add(String label, KeyPattern pattern) {
        rows.computeIfAbsent(label, l -> new LinkedHashSet<>()).add(KeyNames.name(d, pattern));
        return this;
    }

    List<KeyHint> hints() {
        var hints = new ArrayList<KeyHint>();
        rows.forEach((label, keys) -> hints.add(new KeyHint(String.join(" ", keys), d.text(label))));
        return hints;
    }
}
