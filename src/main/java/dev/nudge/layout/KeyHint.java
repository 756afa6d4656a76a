package dev.nudge.layout;

/** A key and what it does, as listed in footers and in the help panel. */
public record KeyHint(String key, String action) {
}
