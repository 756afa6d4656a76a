package dev.nudge.lesson;

/** A {@code key: value} line of a header or a step block, with the positions of both parts. */
public record Field(SourceText key, SourceText value) {
    public String name() {
        return key.text();
    }
}
