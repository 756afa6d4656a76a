package dev.nudge.keys;

/** The keys with the same meaning on every page that has a "next" and a "back". */
public final class Keys {
    private Keys() {
    }

    public static boolean isNext(Key key) {
        return key.kind() == Key.Kind.RIGHT || key.kind() == Key.Kind.ENTER || key.is(' ') || key.is('n');
    }

    public static boolean isBack(Key key) {
        return key.kind() == Key.Kind.LEFT || key.kind() == Key.Kind.BACKSPACE || key.is('p');
    }
}
