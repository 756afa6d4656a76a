package dev.nudge.layout;

/** A run of text with one tone, part of a {@link Line}. */
public record Segment(String text, Tone tone) {
}
