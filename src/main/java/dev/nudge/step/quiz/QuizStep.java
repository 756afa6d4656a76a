package dev.nudge.step.quiz;

import dev.nudge.lesson.Hints;
import dev.nudge.lesson.ProseBlock;
import dev.nudge.lesson.StepFigures;
import dev.nudge.step.StepContext;
import dev.nudge.step.StepSession;
import dev.nudge.step.TaughtStep;
import java.util.List;

/** A question with one right answer: a choice, a number or an expression. */
public record QuizStep(String id, String title, int line, List<ProseBlock> prose, Quiz quiz, Hints hints)
        implements TaughtStep {
    public QuizStep {
        prose = List.copyOf(prose);
    }

    @Override
    public String kind() {
        return QuizKind.NAME;
    }

    @Override
    public boolean scored() {
        return true;
    }

    @Override
    public void check(StepFigures figures) {
        figures.texts(hints);
        figures.texts(quiz.texts());
        quiz.check(figures);
    }

    @Override
    public StepSession start(StepContext context) {
        return QuizSession.start(this, quiz.order(context.learner(), context.key()),
                context.progress().of(context.key()).solved());
    }
}
