package dev.nudge.lesson;

import dev.nudge.math.Algebra;
import dev.nudge.math.Definitions;
import dev.nudge.math.Rational;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks the math of a step's guess, quiz or lab block and collects its figures. */
final class BlockFigures {
    private final MathCheck check;
    private final LessonMath math;
    private final List<String> figures;

    BlockFigures(MathCheck check, LessonMath math, List<String> figures) {
        this.check = check;
        this.math = math;
        this.figures = figures;
    }

    void check(Step step, ProseFigures prose) {
        texts(step).forEach(prose::check);
        check(step);
    }

    /** Every text of a step's block: hints, choices, explanations. */
    private static List<RichText> texts(Step step) {
        var texts = new java.util.ArrayList<RichText>();
        hints(step).ifPresent(h -> texts.addAll(List.of(h.concept(), h.strategy(), h.answer())));
        if (step instanceof Step.QuizStep quiz) {
            var question = quiz.quiz();
            if (question instanceof Quiz.ChoiceQuiz choice) {
                choice.choices().forEach(c -> texts.addAll(List.of(c.text(), c.whyWrong())));
            } else if (question instanceof Quiz.NumberQuiz number) {
                number.mistakes().forEach(m -> texts.add(m.explanation()));
            } else if (question instanceof Quiz.ExpressionQuiz expression) {
                expression.mistakes().forEach(m -> texts.add(m.explanation()));
            }
        }
        return texts;
    }

    private static Optional<Hints> hints(Step step) {
        if (step instanceof Step.GuessStep guess) {
            return Optional.of(guess.hints());
        } else if (step instanceof Step.QuizStep quiz) {
            return Optional.of(quiz.hints());
        } else if (step instanceof Step.LabStep lab) {
            return Optional.of(lab.hints());
        }
        return Optional.empty();
    }

    private void check(Step step) {
        if (step instanceof Step.GuessStep guess) {
            guess(guess);
        } else if (step instanceof Step.QuizStep quiz) {
            quiz(quiz.quiz());
        } else if (step instanceof Step.LabStep lab) {
            positive(lab.rate(), "the learning rate");
            BindingCheck.valid(check, math, lab.parameters());
            points(lab.points());
        }
    }

    private void guess(Step.GuessStep guess) {
        positive(guess.rate(), "the learning rate");
        guess.nudge().ifPresent(nudge -> positive(nudge, "the nudge"));
        boolean nothingToMeasure = guess.loss().isEmpty() && guess.points().isEmpty();
        if (nothingToMeasure || !BindingCheck.valid(check, math, guess.parameters()) || points(guess.points()).isEmpty()) {
            return;
        }
        var computed = guess.loss().isPresent() ? check.attempt(guess.loss().get(), () -> GuessMath.of(math, guess))
                : check.attemptOnLine(guess.line(), "the loss over the step's points", () -> GuessMath.of(math, guess));
        computed.ifPresent(reveal -> {
            figures.add(MathCheck.figure(reveal.lossValue()));
            reveal.slopes().values().forEach(slope -> figures.add(MathCheck.figure(slope)));
        });
    }

    private Optional<List<LessonMath.DataPoint>> points(List<Point> points) {
        Definitions definitions = math.definitions();
        return check.attempt(points.isEmpty() ? new SourceText("", 1, 1) : points.get(0).x(),
                () -> LessonMath.points(points, definitions));
    }

    private void quiz(Quiz quiz) {
        if (quiz instanceof Quiz.ChoiceQuiz choice) {
            var right = choice.choices().stream().filter(Choice::right).findFirst();
            right.ifPresent(r -> figures.add("choice " + (choice.choices().indexOf(r) + 1) + " of "
                    + choice.choices().size()));
        } else if (quiz instanceof Quiz.NumberQuiz number) {
            if (BindingCheck.valid(check, math, number.bindings())) {
                check.attempt(number.answer(), () -> math.evaluate(number.answer().text(), number.bindings()))
                        .ifPresent(value -> figures.add(MathCheck.figure(value)));
            }
            number.tolerance().ifPresent(tolerance -> atLeastZero(tolerance));
            number.mistakes().forEach(mistake -> check.attempt(mistake.answer(),
                    () -> math.evaluate(mistake.answer().text(), List.of())).ifPresent(v -> figures.add(MathCheck.figure(v))));
        } else if (quiz instanceof Quiz.ExpressionQuiz expression) {
            check.attempt(expression.answer(), () -> math.parse(expression.answer().text()))
                    .ifPresent(expr -> figures.add(MathCheck.figure(expr)));
            expression.mistakes().forEach(mistake -> check.attempt(mistake.answer(),
                    () -> math.parse(mistake.answer().text())).ifPresent(e -> figures.add(MathCheck.figure(e))));
        }
    }

    private void positive(SourceText source, String what) {
        if (source.text().isEmpty()) {
            return;
        }
        check.attempt(source, () -> value(source)).filter(v -> v.signum() <= 0)
                .ifPresent(v -> check.report(source, what + " must be above 0, but it is " + v));
    }

    private void atLeastZero(SourceText source) {
        check.attempt(source, () -> value(source)).filter(v -> v.signum() < 0)
                .ifPresent(v -> check.report(source, "a tolerance cannot be below 0, but it is " + v));
    }

    private Rational value(SourceText source) {
        return Algebra.evaluate(math.parse(source.text()), math.definitions(), Map.of());
    }
}
