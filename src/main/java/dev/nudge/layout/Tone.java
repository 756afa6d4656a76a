package dev.nudge.layout;

/** What a piece of text is, so the theme can give it a look: the same document draws in colour or monochrome. */
public enum Tone {
    TEXT, EMPHASIS, STRONG, CODE, MATH, NUMBER, MUTED, HEADING, KEY, SELECTED, GOOD, BAD, HINT
}
