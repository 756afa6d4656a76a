package dev.nudge.lesson;

import java.util.List;

/** A block of a step's prose: a paragraph, a list item, a display equation or a code block. */
public sealed interface ProseBlock {

    record Paragraph(List<Inline> content) implements ProseBlock {
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    record Bullet(List<Inline> content) implements ProseBlock {
        public Bullet {
            content = List.copyOf(content);
        }
    }

    /** An equation between {@code $$} lines, drawn in two dimensions. */
    record Equation(SourceText source) implements ProseBlock {
    }

    record Code(List<String> lines) implements ProseBlock {
        public Code {
            lines = List.copyOf(lines);
        }
    }
}
