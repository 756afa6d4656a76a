package dev.nudge.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Word wrap by display columns for English and Japanese: English breaks at spaces, Japanese between any two
 * characters, except that closing punctuation never starts a line and opening brackets never end one. A double-width
 * character is never split.
 */
public final class Wrap {
    private static final String NO_LINE_START = "。、，．・：；？！ー）」』】〕〉》ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.:;!?)]}%";
    private static final String NO_LINE_END = "（「『【〔〈《([{";

    private Wrap() {
    }

    /** The lines of {@code text} wrapped to at most {@code width} columns (at least one line). */
    public static List<String> wrap(String text, int width) {
        if (width < 1) {
            throw new IllegalArgumentException("cannot wrap to a width below 1: " + width);
        }
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        // The line's width is kept as it grows: measuring it again for every word made wrapping quadratic.
        int lineColumns = 0;
        for (var unit : units(text)) {
            boolean space = unit.spaceBefore() && line.length() > 0;
            int needed = lineColumns + (space ? 1 : 0) + Width.columns(unit.text());
            if (needed <= width) {
                line.append(space ? " " : "").append(unit.text());
                lineColumns = needed;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            var rest = unit.text();
            while (Width.columns(rest) > width) {
                int cut = cutIndex(rest, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
            lineColumns = Width.columns(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    /** A piece of text that is never broken, and whether a space stood before it. */
    private record Unit(String text, boolean spaceBefore) {
    }

    private static List<Unit> units(String text) {
        var units = new ArrayList<Unit>();
        var current = new StringBuilder();
        boolean spaceBefore = false;
        boolean currentSpaceBefore = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                flush(units, current, currentSpaceBefore);
                spaceBefore = true;
                continue;
            }
            boolean joinsPrevious = !spaceBefore && (current.length() > 0 || !units.isEmpty())
                    && (NO_LINE_START.indexOf(c) >= 0 || endsWithOpening(current, units)
                        || (!Width.isWide(c) && current.length() > 0
                                && !Width.isWide(current.charAt(current.length() - 1))));
            if (!joinsPrevious) {
                flush(units, current, currentSpaceBefore);
                currentSpaceBefore = spaceBefore;
            } else if (current.length() == 0) {
                var last = units.remove(units.size() - 1);
                current.append(last.text());
                currentSpaceBefore = last.spaceBefore();
            }
            current.append(c);
            spaceBefore = false;
        }
        flush(units, current, currentSpaceBefore);
        return units;
    }

    private static boolean endsWithOpening(StringBuilder current, List<Unit> units) {
        // Only the last character counts; copying the text to read it cost a string per character wrapped.
        if (current.length() > 0) {
            return NO_LINE_END.indexOf(current.charAt(current.length() - 1)) >= 0;
        }
        var last = units.isEmpty() ? "" : units.get(units.size() - 1).text();
        return !last.isEmpty() && NO_LINE_END.indexOf(last.charAt(last.length() - 1)) >= 0;
    }

    private static void flush(List<Unit> units, StringBuilder current, boolean spaceBefore) {
        if (current.length() > 0) {
            units.add(new Unit(current.toString(), spaceBefore));
            current.setLength(0);
        }
    }

    /** The largest prefix length of {@code text} that fits in {@code width} columns, at least one character. */
    private static int cutIndex(String text, int width) {
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            used += Width.isWide(text.charAt(i)) ? 2 : 1;
            if (used > width) {
                return Math.max(1, i);
            }
        }
        return text.length();
    }
}
