package dev.nudge.lesson;

import java.util.List;

/**
 * A block of a step's prose: a paragraph, a list item, a display equation, a code block, a plot, a descent table, a
 * computed table, a drawing of the lesson's network or a program.
 */
public sealed interface ProseBlock {

    /** Handles each kind of block; a new kind is a compile error wherever prose is handled. */
    interface Visitor<R> {
        R paragraph(Paragraph paragraph);

        R bullet(Bullet bullet);

        R equation(Equation equation);

        R code(Code code);

        R plot(Plot plot);

        R descent(Descent descent);

        R table(Table table);

        R network(NetworkDiagram network);

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
     * @param points whether the lesson's data points are marked (on a plot over the model's input, such as {@code x})
     */
    record Plot(SourceText opening, SourceText curve, SourceText parameter, SourceText from, SourceText to,
            java.util.Optional<Binding> at, boolean tangent, java.util.Optional<SourceText> low,
            java.util.Optional<SourceText> high, boolean points) implements ProseBlock {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.plot(this);
        }
    }

    /**
     * Gradient descent written out as a table: a {@code descent} block in the prose lists chosen steps of the descent
     * from a start at a learning rate, with the parameters, their slopes, the loss and the size of the next move at
     * each, all computed by {@link DescentRun}. It shows what the lab does one key at a time, all at once.
     *
     * @param opening the block's opening line, where problems with it as a whole are reported
     * @param loss the loss descended, if written (else the mean squared error over the points)
     * @param points the points the mean squared error is measured on, if given (else the lesson's)
     * @param start the starting values, over the lesson's parameters
     * @param rate the learning rate
     * @param show the steps listed, in increasing order (0 is the start)
     * @param columns the columns shown, in the order written
     */
    record Descent(SourceText opening, java.util.Optional<SourceText> loss, List<Point> points, List<Binding> start,
            SourceText rate, List<SourceText> show, List<DescentColumn> columns) implements ProseBlock {
        public Descent {
            points = List.copyOf(points);
            start = List.copyOf(start);
            show = List.copyOf(show);
            columns = List.copyOf(columns);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.descent(this);
        }
    }

    /**
     * A table whose every cell the engine computes: one row per data point or per value of a variable, one column per
     * expression, such as the forward pass of a network point by point. A {@code table} block in the prose.
     *
     * @param opening the block's opening line, where problems with it as a whole are reported
     * @param variable the variable each row gives a value, such as {@code x}; empty for a row per data point, which
     *     gives {@code x} and {@code y} the point's values
     * @param values the variable's values, one per row (none for a row per data point)
     * @param columns the expression computed in each column
     * @param headers each column's heading as written, or empty for headings drawn from the expressions
     * @param sum whether a last row adds up every column but the first, which then says it is the sum
     */
    record Table(SourceText opening, java.util.Optional<SourceText> variable, List<SourceText> values,
            List<SourceText> columns, List<SourceText> headers, boolean sum) implements ProseBlock {
        public Table {
            values = List.copyOf(values);
            columns = List.copyOf(columns);
            headers = List.copyOf(headers);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.table(this);
        }
    }

    /**
     * The lesson's network drawn where it stands: the input, each hidden neuron with its activation, the output, and
     * the weights and biases on it. A {@code network} block in the prose of a lesson that declares {@code network:}.
     *
     * @param opening the block's opening line, where problems with it are reported
     * @param values whether the weights' current values are drawn beside their names
     */
    record NetworkDiagram(SourceText opening, boolean values) implements ProseBlock {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.network(this);
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
