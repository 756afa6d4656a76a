package dev.nudge.tui;

/** A run of text with one tone, part of a {@link Line}. */
record Segment(String text, Tone tone) {
}
