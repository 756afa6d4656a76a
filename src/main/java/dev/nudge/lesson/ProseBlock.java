package dev.nudge.lesson;

import java.util.List;

/** A block of a step's prose: a paragraph, a list item, a display equation, a code block, a plot or a program. */
public sealed interface ProseBlock {

    /** Handles each kind of block; a new kind is a compile error wherever prose is handled. */
    interface Visitor<R> {
        R paragraph(Paragraph paragraph);

        R bullet(Bullet bullet);

        R equation(Equation equation);

        R code(Code code);

        R plot(Plot plot);

        R program(Program program);
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

    /**
     * A picture of the loss (or any expression) as one parameter moves, the others at the lesson's values, with the
     * current point and its tangent: a {@code plot} block in the prose, drawn where it stands and scrolled with it.
     *
     * @param opening the block's opening line, where problems with it as a whole are reported
     * @param curve the expression drawn, such as {@code Loss}
     * @param parameter the parameter along the horizontal axis, as written
     * @param from the left end of its range
     * @param to the right end of its range
     * @param at the point marked, such as {@code P_1 = 1}, if any
     * @param tangent whether the tangent at the point is drawn
     * @param low the bottom of the vertical range, if given
     * @param high the top of the vertical range, if given
     */
    record Plot(SourceText opening, SourceText curve, SourceText parameter, SourceText from, SourceText to,
            java.util.Optional<Binding> at, boolean tangent, java.util.Optional<SourceText> low,
            java.util.Optional<SourceText> high) implements ProseBlock {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.plot(this);
        }
    }

    /**
     * The lesson's network as a C program, or one part of it (the forward pass, the backward pass), shown in the
     * prose with the line numbers of the file {@code nudge export} writes: a {@code program} block. The lesson has one
     * program: every block of it gives the same {@code rate:} and {@code steps:}, which fix what it computes.
     *
     * @param opening the block's opening line, where problems with it as a whole are reported
     * @param lesson the name of the lesson's file without {@code .md}, which names the program ({@code 15-code.c})
     * @param part the part shown, such as {@code backward}; the whole program when empty
     * @param rate the learning rate of the program's updates, as written
     * @param steps how many updates the program makes in all, as written; one update and no training when empty
     */
    record Program(SourceText opening, String lesson, java.util.Optional<SourceText> part, SourceText rate,
            java.util.Optional<SourceText> steps) implements ProseBlock {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.program(this);
        }
    }
}
