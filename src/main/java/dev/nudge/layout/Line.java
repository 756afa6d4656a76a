package dev.nudge.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * One screen line of a step's body, as segments of text with their tones; {@code cursor} is the column where the
 * terminal cursor goes when this line holds the answer being typed, else -1.
 */
public record Line(List<Segment> segments, int cursor) {
    public static final Line EMPTY = new Line(List.of());

    public Line {
        segments = List.copyOf(segments);
    }

    public Line(List<Segment> segments) {
        this(segments, -1);
    }

    public static Line of(String text, Tone tone) {
        return new Line(List.of(new Segment(text, tone)));
    }

    public Line withCursor(int column) {
        return new Line(segments, column);
    }

    /** This line with {@code text} in {@code tone} added at its end. */
    public Line plus(String text, Tone tone) {
        var more = new ArrayList<>(segments);
        more.add(new Segment(text, tone));
        return new Line(more, cursor);
    }

    /** This line followed by the segments of {@code other}. */
    public Line plusAll(Line other) {
        var more = new ArrayList<>(segments);
        more.addAll(other.segments);
        return new Line(more);
    }

    /** This line shifted right by {@code columns} spaces. */
    public Line indented(int columns) {
        var more = new ArrayList<Segment>();
        more.add(new Segment(" ".repeat(columns), Tone.TEXT));
        more.addAll(segments);
        return new Line(more, cursor < 0 ? -1 : cursor + columns);
    }

    public String text() {
        var text = new StringBuilder();
        segments.forEach(segment -> text.append(segment.text()));
        return text.toString();
    }

    public int width() {
        return Width.columns(text());
    }
}
