package dev.nudge.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one line of prose into inline runs: text, {@code *emphasis*}, {@code **strong**}, {@code `code`},
 * {@code $math$} and computed {@code {{ ... }}}. Markup opens and closes on the same line, so every problem has an
 * exact position.
 */
final class InlineParser {
    private static final Pattern DERIVATIVE = Pattern.compile("d/d([A-Za-z][A-Za-z0-9_{}]*)\\s*:");
    private static final String EXPAND = "expand:";

    private final Path file;
    private final Problems problems;

    InlineParser(Path file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    List<Inline> parse(SourceText line) {
        var runs = new ArrayList<Inline>();
        var text = new StringBuilder();
        var s = line.text();
        int i = 0;
        while (i < s.length()) {
            int next = markup(line, i, runs, text);
            if (next == i) {
                text.append(s.charAt(i));
                next = i + 1;
            }
            i = next;
        }
        flush(text, runs);
        return runs;
    }

    /** Reads the markup starting at {@code i} into {@code runs}; returns {@code i} when there is none. */
    private int markup(SourceText line, int i, List<Inline> runs, StringBuilder text) {
        var s = line.text();
        if (s.startsWith("{{", i)) {
            int end = s.indexOf("}}", i + 2);
            if (end < 0) {
                problems.add(file, line.slice(i, i + 2), "\"{{\" is never closed with \"}}\" on this line");
                return s.length();
            }
            flush(text, runs);
            runs.add(computed(line.slice(i + 2, end)));
            return end + 2;
        }
        if (s.charAt(i) == '$') {
            int end = s.indexOf('$', i + 1);
            if (end < 0) {
                problems.add(file, line.slice(i, i + 1), "inline math \"$\" is never closed with \"$\" on this line");
                return s.length();
            }
            flush(text, runs);
            runs.add(new Inline.Math(line.slice(i + 1, end).strip()));
            return end + 1;
        }
        return emphasis(line, i, runs, text);
    }

    private int emphasis(SourceText line, int i, List<Inline> runs, StringBuilder text) {
        var s = line.text();
        for (var marker : new String[] {"**", "*", "`"}) {
            if (!s.startsWith(marker, i)) {
                continue;
            }
            int end = s.indexOf(marker, i + marker.length());
            if (end < 0 && opensMarkup(s, i, marker)) {
                problems.add(file, line.slice(i, i + marker.length()), "\"" + marker + "\" is not closed on this line;"
                        + " emphasis, strong text and code open and close on the same line");
                text.append(marker);
                return i + marker.length();
            }
            if (end <= i + marker.length()) {
                return i;
            }
            flush(text, runs);
            var inner = s.substring(i + marker.length(), end);
            runs.add(marker.equals("**") ? new Inline.Strong(inner)
                    : marker.equals("*") ? new Inline.Emphasis(inner) : new Inline.Code(inner));
            return end + marker.length();
        }
        return i;
    }

    /** A marker followed by text (not a space or the line's end) was meant to open markup. */
    private static boolean opensMarkup(String s, int i, String marker) {
        int after = i + marker.length();
        return after < s.length() && !Character.isWhitespace(s.charAt(after));
    }

    /** Reads the inside of {@code {{ ... }}}: an optional operation, the expression, optional bindings. */
    Inline.Computed computed(SourceText inside) {
        var parts = ListSyntax.splitTopLevel(inside, '|');
        var expression = parts.get(0);
        var bindings = new ArrayList<Binding>();
        for (var part : parts.subList(1, parts.size())) {
            bindings.addAll(ListSyntax.bindings(part, file, problems));
        }
        var operation = Inline.Operation.VALUE;
        var variable = "";
        var matcher = DERIVATIVE.matcher(expression.text());
        if (expression.text().startsWith(EXPAND)) {
            operation = Inline.Operation.EXPAND;
            expression = expression.slice(EXPAND.length(), expression.text().length()).strip();
        } else if (matcher.lookingAt()) {
            operation = Inline.Operation.DERIVATIVE;
            variable = matcher.group(1);
            expression = expression.slice(matcher.end(), expression.text().length()).strip();
        }
        if (expression.text().isEmpty()) {
            problems.add(file, inside, "\"{{ }}\" holds no expression to compute");
        }
        return new Inline.Computed(operation, variable, expression, bindings);
    }

    private static void flush(StringBuilder text, List<Inline> runs) {
        if (text.length() > 0) {
            runs.add(new Inline.Text(text.toString()));
            text.setLength(0);
        }
    }
}
