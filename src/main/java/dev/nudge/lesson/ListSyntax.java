package dev.nudge.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the comma-separated lists of headers and blocks: bindings ({@code P_0 = 1, P_1 = 1}), points
 * ({@code (0, -2), (1, 1)}) and {@code text | explanation} pairs, keeping each part's position.
 */
final class ListSyntax {
    private ListSyntax() {
    }

    /** The index of the first {@code separator} outside parentheses and braces, or -1. */
    static int firstTopLevel(String s, char separator) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
            } else if (c == separator && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Splits at {@code separator}s outside parentheses and braces. */
    static List<SourceText> splitTopLevel(SourceText text, char separator) {
        var parts = new ArrayList<SourceText>();
        var rest = text;
        for (int at = firstTopLevel(rest.text(), separator); at >= 0; at = firstTopLevel(rest.text(), separator)) {
            parts.add(rest.slice(0, at).strip());
            rest = rest.slice(at + 1, rest.text().length());
        }
        parts.add(rest.strip());
        return parts;
    }

    static List<Binding> bindings(SourceText text, Path file, Problems problems) {
        var bindings = new ArrayList<Binding>();
        for (var part : splitTopLevel(text, ',')) {
            int equals = part.text().indexOf('=');
            if (equals <= 0 || equals == part.text().length() - 1) {
                problems.add(file, part, "expected NAME = VALUE, such as P_1 = 1, but found \"" + part.text() + "\"");
                continue;
            }
            bindings.add(new Binding(part.slice(0, equals).strip(), part.slice(equals + 1, part.text().length()).strip()));
        }
        return bindings;
    }

    static List<Point> points(SourceText text, Path file, Problems problems) {
        var points = new ArrayList<Point>();
        for (var part : splitTopLevel(text, ',')) {
            var s = part.text();
            if (s.length() < 2 || s.charAt(0) != '(' || s.charAt(s.length() - 1) != ')') {
                problems.add(file, part, "expected a point (x, y), such as (0, -2), but found \"" + s + "\"");
                continue;
            }
            var inside = splitTopLevel(part.slice(1, s.length() - 1), ',');
            if (inside.size() != 2 || inside.get(0).text().isEmpty() || inside.get(1).text().isEmpty()) {
                problems.add(file, part, "a point has two numbers, x and y, such as (0, -2), but found \"" + s + "\"");
                continue;
            }
            points.add(new Point(inside.get(0), inside.get(1)));
        }
        return points;
    }

    /** Splits {@code text | explanation}; empty with a problem when either side is missing. */
    static Optional<Explained> explained(SourceText text, String what, Path file, Problems problems) {
        int bar = firstTopLevel(text.text(), '|');
        if (bar < 0) {
            problems.add(file, text, what + " needs \"| explanation\" after it");
            return Optional.empty();
        }
        var left = text.slice(0, bar).strip();
        var right = text.slice(bar + 1, text.text().length()).strip();
        if (left.text().isEmpty() || right.text().isEmpty()) {
            problems.add(file, text, what + " needs text on both sides of \"|\"");
            return Optional.empty();
        }
        return Optional.of(new Explained(left, right));
    }
}
