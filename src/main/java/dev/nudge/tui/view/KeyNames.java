package dev.nudge.tui.view;

import dev.nudge.keys.Key;
import dev.nudge.keys.KeyPattern;
import dev.nudge.layout.Glyphs;
import java.util.Optional;

/** How a key of a keymap is written on screen: arrows in the chosen characters, catch-alls in words, others by name. */
final class KeyNames {
    private KeyNames() {
    }

    static String name(Drawing d, KeyPattern pattern) {
        switch (pattern.match()) {
            case NAMED:
                return arrow(d.glyphs(), pattern.kind()).orElseGet(pattern::written);
            case TYPED:
                return d.text("key.typed");
            case ANY:
                return d.text("key.other");
            default:
                return pattern.written();
        }
    }

    /** The arrows are drawn as the rest of the screen draws them (ASCII {@code ->} where Unicode cannot be used). */
    private static Optional<String> arrow(Glyphs g, Key.Kind kind) {
        switch (kind) {
            case LEFT:
                return Optional.of(g.assign);
            case RIGHT:
                return Optional.of(g.arrow);
            case UP:
                return Optional.of(g.moreAbove);
            case DOWN:
                return Optional.of(g.moreBelow);
            default:
                return Optional.empty();
        }
    }
}
