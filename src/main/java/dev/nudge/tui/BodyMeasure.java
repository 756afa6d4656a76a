package dev.nudge.tui;

/**
 * What drawing the step's body found: how far it can scroll and how many lines fit (reported back to the tutor), and
 * where the terminal cursor belongs when an answer is being typed ({@code -1} when it is hidden).
 */
public record BodyMeasure(int maxScroll, int page, int cursorColumn, int cursorRow) {
    public boolean showsCursor() {
        return cursorColumn >= 0 && cursorRow >= 0;
    }
}
