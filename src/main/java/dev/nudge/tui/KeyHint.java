package dev.nudge.tui;

/** A key and what it does, as listed in footers and in the help panel. */
record KeyHint(String key, String action) {
}
