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
        return run.accept(new Inline.Visitor<String>() {
            @Override
            public String text(Inline.Text text) {
                return text.text();
            }

            @Override
            public String emphasis(Inline.Emphasis emphasis) {
                return emphasis.text();
            }

            @Override
            public String strong(Inline.Strong strong) {
                return strong.text();
            }

            @Override
            public String code(Inline.Code code) {
                return code.text();
            }

            @Override
            public String math(Inline.Math math) {
                return math.source().text();
            }

            @Override
            public String computed(Inline.Computed computed) {
                return computed.expression().text();
            }
        });
    }
}
