package dev.nudge.tui;

import dev.nudge.keys.KeyPattern;

/** How a key of a keymap is written on screen: arrows in the chosen characters, other keys by their names. */
final class KeyNames {
    private KeyNames() {
    }

    static String name(Drawing d, KeyPattern pattern) {
        var g = d.glyphs();
        switch (pattern.match()) {
            case NAMED:
                return named(g, pattern);
            case CHARACTER:
            case LETTER:
                return pattern.first() == ' ' ? "Space" : String.valueOf(pattern.first());
            case CTRL:
                return "Ctrl-" + Character.toUpperCase(pattern.first());
            case RANGE:
                return pattern.first() + "-" + pattern.last();
            case TYPED:
                return d.text("key.typed");
            default:
                return d.text("key.other");
        }
    }

    private static String named(Glyphs g, KeyPattern pattern) {
        switch (pattern.kind()) {
            case LEFT:
                return g.assign;
            case RIGHT:
                return g.arrow;
            case UP:
                return g.moreAbove;
            case DOWN:
                return g.moreBelow;
            case ESCAPE:
                return "Esc";
            case PAGE_UP:
                return "PgUp";
            case PAGE_DOWN:
                return "PgDn";
            default:
                return pattern.example().label();
        }
    }
}
