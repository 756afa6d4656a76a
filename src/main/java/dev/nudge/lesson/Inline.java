package dev.nudge.lesson;

import java.util.List;

/** A run of text inside a paragraph, with the markup it was written in. */
public sealed interface Inline {

    /** Handles each kind of run; a new kind is a compile error wherever runs are handled. */
    interface Visitor<R> {
        R text(Text text);

        R emphasis(Emphasis emphasis);

        R strong(Strong strong);

        R code(Code code);

        R math(Math math);

        R computed(Computed computed);
    }

    <R> R accept(Visitor<R> visitor);

    record Text(String text) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.text(this);
        }
    }

    record Emphasis(String text) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.emphasis(this);
        }
    }

    record Strong(String text) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.strong(this);
        }
    }

    record Code(String text) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.code(this);
        }
    }

    /** Inline math between single dollars, drawn on one line. */
    record Math(SourceText source) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.math(this);
        }
    }

    /**
     * A number or expression the tutor computes ({@code {{ ... }}}), so the prose can never disagree with the math.
     *
     * @param operation what to show: the value, the expanded polynomial or the derivative
     * @param variable the variable of a derivative, else empty
     * @param expression the expression, computed with the lesson's model
     * @param bindings values given for this computation only ({@code | P_1 = 1.001})
     */
    record Computed(Operation operation, String variable, SourceText expression, List<Binding> bindings)
            implements Inline {
        public Computed {
            bindings = List.copyOf(bindings);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.computed(this);
        }
    }

    /** What a {@link Computed} shows. */
    enum Operation {
        VALUE, EXPAND, DERIVATIVE
    }
}
