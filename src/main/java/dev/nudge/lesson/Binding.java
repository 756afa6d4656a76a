package dev.nudge.lesson;

/** A name given a value, as in {@code P_1 = 1.001}: a parameter's start value or a value for one computation. */
public record Binding(SourceText name, SourceText value) {
}
