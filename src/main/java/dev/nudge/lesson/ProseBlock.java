package dev.nudge.lesson;

import java.util.List;

/** A block of a step's prose: a paragraph, a list item, a display equation or a code block. */
public sealed interface ProseBlock {

    /** Handles each kind of block; a new kind is a compile error wherever prose is handled. */
    interface Visitor<R> {
        R paragraph(Paragraph paragraph);

        R bullet(Bullet bullet);

        R equation(Equation equation);

        R code(Code code);
    }

    <R> R accept(Visitor<R> visitor);

    record Paragraph(List<Inline> content) implements ProseBlock {
        public Paragraph {
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.paragraph(this);
        }
    }

    record Bullet(List<Inline> content) implements ProseBlock {
        public Bullet {
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.bullet(this);
        }
    }

    /** An equation between {@code $$} lines, drawn in two dimensions. */
    record Equation(SourceText source) implements ProseBlock {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.equation(this);
        }
    }

    record Code(List<String> lines) implements ProseBlock {
        public Code {
            lines = List.copyOf(lines);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.code(this);
        }
    }
}
