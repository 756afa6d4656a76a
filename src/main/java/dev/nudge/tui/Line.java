package dev.nudge.tui;

import java.util.ArrayList;
import java.util.List;

/** One screen line of a step's body, as segments of text with their tones. */
record Line(List<Segment> segments) {
    static final Line EMPTY = new Line(List.of());

    Line {
        segments = List.copyOf(segments);
    }

    static Line of(String text, Tone tone) {
        return new Line(List.of(new Segment(text, tone)));
    }

    /** This line with {@code text} in {@code tone} added at its end. */
    Line plus(String text, Tone tone) {
        var more = new ArrayList<>(segments);
        more.add(new Segment(text, tone));
        return new Line(more);
    }

    /** This line followed by the segments of {@code other}. */
    Line plusAll(Line other) {
        var more = new ArrayList<>(segments);
        more.addAll(other.segments);
        return new Line(more);
    }

    /** This line shifted right by {@code columns} spaces. */
    Line indented(int columns) {
        var more = new ArrayList<Segment>();
        more.add(new Segment(" ".repeat(columns), Tone.TEXT));
        more.addAll(segments);
        return new Line(more);
    }

    String text() {
        var text = new StringBuilder();
        segments.forEach(segment -> text.append(segment.text()));
        return text.toString();
    }

    int width() {
        return Canvas.width(text());
    }
}
