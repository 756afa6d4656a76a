package dev.nudge.lesson;

import java.util.List;
import java.util.Optional;

/** One screenful of a lesson, identified by an id that is the same in every language. */
public sealed interface Step {
    String id();

    String title();

    /** The line of the step's heading, for messages. */
    int line();

    /** The prose of the step; for an interactive step, the text that asks the question. */
    List<ProseBlock> prose();

    StepKind kind();

    record ProseStep(String id, String title, int line, List<ProseBlock> prose) implements Step {
        public ProseStep {
            prose = List.copyOf(prose);
        }

        @Override
        public StepKind kind() {
            return StepKind.PROSE;
        }
    }

    /**
     * The learner guesses which way each parameter should move; the tutor then reveals the update the derivative
     * gives.
     */
    record GuessStep(String id, String title, int line, List<ProseBlock> prose, Optional<SourceText> loss,
            List<Point> points, List<Binding> parameters, SourceText rate, Optional<SourceText> nudge, Hints hints)
            implements Step {
        public GuessStep {
            prose = List.copyOf(prose);
            points = List.copyOf(points);
            parameters = List.copyOf(parameters);
        }

        @Override
        public StepKind kind() {
            return StepKind.GUESS;
        }
    }

    record QuizStep(String id, String title, int line, List<ProseBlock> prose, Quiz quiz, Hints hints)
            implements Step {
        public QuizStep {
            prose = List.copyOf(prose);
        }

        @Override
        public StepKind kind() {
            return StepKind.QUIZ;
        }
    }

    /** Opens the lab with this model, data and starting parameters. */
    record LabStep(String id, String title, int line, List<ProseBlock> prose, List<Point> points,
            List<Binding> parameters, SourceText rate, Hints hints) implements Step {
        public LabStep {
            prose = List.copyOf(prose);
            points = List.copyOf(points);
            parameters = List.copyOf(parameters);
        }

        @Override
        public StepKind kind() {
            return StepKind.LAB;
        }
    }
}
