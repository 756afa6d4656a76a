package dev.nudge.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a run of toned segments to a width, as {@link Wrap} wraps plain text: the line breaks are Wrap's, and each
 * character keeps the tone it had.
 */
public final class StyledWrap {
    private StyledWrap() {
    }

    public static List<Line> wrap(List<Segment> segments, int width) {
        var text = new StringBuilder();
        var tones = new ArrayList<Tone>();
        for (var segment : segments) {
            for (char c : segment.text().toCharArray()) {
                // Wrap joins words with single spaces; collapsing runs here keeps every character aligned.
                if (c == ' ' && (text.length() == 0 || text.charAt(text.length() - 1) == ' ')) {
                    continue;
                }
                text.append(c);
                tones.add(segment.tone());
            }
        }
        var lines = new ArrayList<Line>();
        int source = 0;
        for (var plain : Wrap.wrap(text.toString(), width)) {
            // Wrap drops only the spaces where it breaks a line; skip them to stay aligned with the source.
            while (source < text.length() && (plain.isEmpty() || text.charAt(source) != plain.charAt(0))
                    && text.charAt(source) == ' ') {
                source++;
            }
            lines.add(toned(plain, tones, source));
            source += plain.length();
        }
        return lines;
    }

    private static Line toned(String plain, List<Tone> tones, int start) {
        var segments = new ArrayList<Segment>();
        int from = 0;
        for (int i = 1; i <= plain.length(); i++) {
            if (i == plain.length() || tones.get(start + i) != tones.get(start + from)) {
                // A no-break space only steers the wrap (TermBreaks); on screen it is a space.
                var piece = plain.substring(from, i).replace(TermBreaks.NO_BREAK, ' ');
                segments.add(new Segment(piece, tones.get(start + from)));
                from = i;
            }
        }
        return new Line(segments);
    }
}
