package dev.nudge.bench;

/**
 * One key of a benchmark's walk through the course, and the kind of page it is pressed on (start, prose, guess,
 * quiz, lab, complete), so figures can be given per kind of step.
 *
 * @param kind where the key is pressed
 * @param key {@code Enter}, {@code Down}, {@code Up}, or the one character typed
 * @param where the lesson and step ids, such as {@code 03-trap/which-way}, or the page
 */
public record WalkKey(String kind, String key, String where) {
}
