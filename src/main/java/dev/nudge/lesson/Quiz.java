package dev.nudge.lesson;

import java.util.List;
import java.util.Optional;

/** The question of a quiz step, in one of three kinds. */
public sealed interface Quiz {

    /** Multiple choice with exactly one right answer. */
    record ChoiceQuiz(List<Choice> choices) implements Quiz {
        public ChoiceQuiz {
            choices = List.copyOf(choices);
        }
    }

    /** A number typed by the learner, right within {@code tolerance} of the computed answer. */
    record NumberQuiz(SourceText answer, List<Binding> bindings, Optional<SourceText> tolerance,
            List<Mistake> mistakes) implements Quiz {
        public NumberQuiz {
            bindings = List.copyOf(bindings);
            mistakes = List.copyOf(mistakes);
        }
    }

    /**
     * An expression typed by the learner, right when it is equivalent to the answer (and, when {@code expanded},
     * typed as an expanded polynomial).
     */
    record ExpressionQuiz(SourceText answer, List<Mistake> mistakes, boolean expanded) implements Quiz {
        public ExpressionQuiz {
            mistakes = List.copyOf(mistakes);
        }
    }
}
