package dev.nudge.tui;

/** What drawing the step's body found: how far it can scroll and how many lines fit, reported back to the tutor. */
public record BodyMeasure(int maxScroll, int page) {
}
