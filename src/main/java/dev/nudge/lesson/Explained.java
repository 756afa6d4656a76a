package dev.nudge.lesson;

/** A choice or answer in a block and the explanation written after its {@code |}. */
public record Explained(SourceText text, SourceText explanation) {
}
