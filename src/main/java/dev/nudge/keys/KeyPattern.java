package dev.nudge.keys;

/**
 * Which keys one binding answers to, as data: a named key, a character, a range of characters, or a catch-all. Being
 * data rather than a condition lets the same declaration both dispatch a key and be listed in the footer, the help
 * and the README.
 *
 * @param match how the pattern matches
 * @param kind the named key, for {@link Match#NAMED}
 * @param first the character, or the first of a range
 * @param last the last character of a range (the same as {@code first} for one character)
 */
public record KeyPattern(Match match, Key.Kind kind, char first, char last) {

    /** The ways a pattern can match; a front end shows each one its own way. */
    public enum Match {
        /** A key that is not a character: Enter, Esc, an arrow, ... */
        NAMED,
        /** One character, typed without Ctrl. */
        CHARACTER,
        /** One letter in either case (the lab takes {@code S} as {@code s}). */
        LETTER,
        /** One character with Ctrl held. */
        CTRL,
        /** Any character from {@code first} to {@code last}, typed without Ctrl. */
        RANGE,
        /** Any character typed without Ctrl: the text of an answer. */
        TYPED,
        /** Any key at all: what a mode does with every key it does not name. */
        ANY
    }

    public KeyPattern {
        if (match == null || (match == Match.NAMED) != (kind != null) || kind == Key.Kind.CHARACTER) {
            throw new IllegalArgumentException("only a named pattern has a kind, and it is not a character");
        }
        if (last < first) {
            throw new IllegalArgumentException("a range ends after it starts");
        }
    }

    public static KeyPattern named(Key.Kind kind) {
        return new KeyPattern(Match.NAMED, kind, (char) 0, (char) 0);
    }

    public static KeyPattern character(char c) {
        return new KeyPattern(Match.CHARACTER, null, c, c);
    }

    public static KeyPattern letter(char c) {
        return new KeyPattern(Match.LETTER, null, Character.toLowerCase(c), Character.toLowerCase(c));
    }

    public static KeyPattern ctrl(char c) {
        return new KeyPattern(Match.CTRL, null, c, c);
    }

    public static KeyPattern range(char first, char last) {
        return new KeyPattern(Match.RANGE, null, first, last);
    }

    public static KeyPattern typed() {
        return new KeyPattern(Match.TYPED, null, (char) 0, (char) 0);
    }

    public static KeyPattern any() {
        return new KeyPattern(Match.ANY, null, (char) 0, (char) 0);
    }

    public boolean matches(Key key) {
        boolean plain = key.kind() == Key.Kind.CHARACTER && !key.ctrl();
        switch (match) {
            case NAMED:
                return key.kind() == kind;
            case CHARACTER:
                return plain && key.character() == first;
            case LETTER:
                return plain && Character.toLowerCase(key.character()) == first;
            case CTRL:
                return key.kind() == Key.Kind.CHARACTER && key.ctrl() && key.character() == first;
            case RANGE:
                return plain && key.character() >= first && key.character() <= last;
            case TYPED:
                return plain;
            default:
                return true;
        }
    }

    /** Whether the pattern names its keys, rather than standing for every key (or every character) left over. */
    public boolean specific() {
        return match != Match.TYPED && match != Match.ANY;
    }

    /** One key this pattern matches, for tests and for listing: the named key, or the first character. */
    public Key example() {
        switch (match) {
            case NAMED:
                return Key.of(kind);
            case CTRL:
                return Key.ctrl(first);
            case TYPED:
            case ANY:
                return Key.character('a');
            default:
                return Key.character(first);
        }
    }

    /**
     * The key as documentation writes it: arrows as arrows ({@code ← → ↑ ↓}), {@code Esc}, {@code PgUp},
     * {@code Space}, {@code Ctrl-U}, a range as {@code 1-9}, and "typing" or "any key" for the catch-alls.
     */
    public String written() {
        switch (match) {
            case NAMED:
                return written(kind);
            case CTRL:
                return "Ctrl-" + Character.toUpperCase(first);
            case RANGE:
                return first + "-" + last;
            case TYPED:
                return "typing";
            case ANY:
                return "any key";
            default:
                return first == ' ' ? "Space" : String.valueOf(first);
        }
    }

    private static String written(Key.Kind kind) {
        switch (kind) {
            case LEFT:
                return "←";
            case RIGHT:
                return "→";
            case UP:
                return "↑";
            case DOWN:
                return "↓";
            case ESCAPE:
                return "Esc";
            case PAGE_UP:
                return "PgUp";
            case PAGE_DOWN:
                return "PgDn";
            default:
                return Key.of(kind).label();
        }
    }
}
