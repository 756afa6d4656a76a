package dev.nudge.lesson;

import java.util.List;

/** A run of text inside a paragraph, with the markup it was written in. */
public sealed interface Inline {

    record Text(String text) implements Inline {
    }

    record Emphasis(String text) implements Inline {
    }

    record Strong(String text) implements Inline {
    }

    record Code(String text) implements Inline {
    }

    /** Inline math between single dollars, drawn on one line. */
    record Math(SourceText source) implements Inline {
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
    }

    /** What a {@link Computed} shows. */
    enum Operation {
        VALUE, EXPAND, DERIVATIVE
    }
}
