package dev.nudge.lesson;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A line of text in a block (a hint, a choice, an explanation) that may hold inline markup, formulas and computed
 * values, just like prose.
 */
public record RichText(List<Inline> runs) {
    public RichText {
        runs = List.copyOf(runs);
    }

    public static RichText plain(String text) {
        return new RichText(text.isEmpty() ? List.of() : List.of(new Inline.Text(text)));
    }

    /** The text as written, without markup: what an answer is recorded as, and a quiz's answer when it is shown. */
    public String source() {
        return runs.stream().map(RichText::source).collect(Collectors.joining());
    }

    private static String source(Inline run) {
        if (run instanceof Inline.Text text) {
            return text.text();
        } else if (run instanceof Inline.Emphasis emphasis) {
            return emphasis.text();
        } else if (run instanceof Inline.Strong strong) {
            return strong.text();
        } else if (run instanceof Inline.Code code) {
            return code.text();
        } else if (run instanceof Inline.Math math) {
            return math.source().text();
        }
        return ((Inline.Computed) run).expression().text();
    }
}
