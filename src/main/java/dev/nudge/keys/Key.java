package dev.nudge.keys;

/**
 * A key the learner pressed, independent of any terminal library, so the tutor can be driven by tests and by any
 * front end.
 *
 * @param kind which key
 * @param character the typed character when {@code kind} is {@link Kind#CHARACTER}, else {@code 0}
 * @param ctrl whether Ctrl was held
 */
public record Key(Kind kind, char character, boolean ctrl) {

    /** The keys the tutor tells apart. */
    public enum Kind {
        CHARACTER, ENTER, ESCAPE, BACKSPACE, DELETE, TAB,
        LEFT, RIGHT, UP, DOWN, HOME, END, PAGE_UP, PAGE_DOWN, OTHER
    }

    public Key {
        if (kind == null) {
            throw new IllegalArgumentException("a key needs a kind");
        }
        if ((kind == Kind.CHARACTER) != (character != 0)) {
            throw new IllegalArgumentException("only character keys carry a character");
        }
    }

    public static Key of(Kind kind) {
        return new Key(kind, (char) 0, false);
    }

    public static Key character(char character) {
        return new Key(Kind.CHARACTER, character, false);
    }

    public static Key ctrl(char character) {
        return new Key(Kind.CHARACTER, character, true);
    }

    /** Whether this is the plain (no Ctrl) character {@code c}. */
    public boolean is(char c) {
        return kind == Kind.CHARACTER && !ctrl && character == c;
    }

    /** A short name of the key for messages such as "x does nothing here". */
    public String label() {
        if (kind != Kind.CHARACTER) {
            return kind.name().charAt(0) + kind.name().substring(1).toLowerCase().replace('_', ' ');
        }
        return (ctrl ? "Ctrl-" : "") + character;
    }
}
