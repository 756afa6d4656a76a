package dev.nudge.step.quiz;

import dev.nudge.lesson.Binding;
import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.RichText;
import dev.nudge.lesson.SourceText;
import dev.nudge.lesson.StepFigures;
import dev.nudge.math.Algebra;
import dev.nudge.math.Rational;
import dev.nudge.progress.StepKey;
import dev.nudge.step.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The question of a quiz step, in one of three kinds. */
public sealed interface Quiz {

    /** Handles each kind of question; a new kind of question is a compile error wherever questions are handled. */
    interface Visitor<R> {
        R choice(ChoiceQuiz quiz);

        R number(NumberQuiz quiz);

        R expression(ExpressionQuiz quiz);
    }

    <R> R accept(Visitor<R> visitor);

    /** Whether the answer is typed (a number or an expression) rather than chosen. */
    boolean typed();

    /** The verdict on {@code typed} as the answer; pure and total, as {@link Grader} is. */
    Verdict grade(LessonMath math, String typed);

    /** The texts of the question beyond its prose: choices and explanations, checked like prose. */
    List<RichText> texts();

    /** Checks the question's math and adds the figures it computes. */
    void check(StepFigures figures);

    /** The order {@code learner} sees this question's choices in at {@code step}. */
    ChoiceOrder order(String learner, StepKey step);

    /** Multiple choice with exactly one right answer. */
    record ChoiceQuiz(List<Choice> choices) implements Quiz {
        public ChoiceQuiz {
            choices = List.copyOf(choices);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.choice(this);
        }

        @Override
        public boolean typed() {
            return false;
        }

        /** A choice typed as its number in the lesson file's order (a screen numbers them by {@link ChoiceOrder}). */
        @Override
        public Verdict grade(LessonMath math, String typed) {
            try {
                return Grader.choice(this, Integer.parseInt(typed.strip()) - 1);
            } catch (NumberFormatException notANumber) {
                return Grader.choice(this, -1);
            }
        }

        @Override
        public ChoiceOrder order(String learner, StepKey step) {
            return ChoiceOrder.of(learner, step, choices.size());
        }

        @Override
        public List<RichText> texts() {
            var texts = new ArrayList<RichText>();
            choices.forEach(c -> texts.addAll(List.of(c.text(), c.whyWrong())));
            return texts;
        }

        @Override
        public void check(StepFigures figures) {
            var right = choices.stream().filter(Choice::right).findFirst();
            right.ifPresent(r -> figures.add("choice " + (choices.indexOf(r) + 1) + " of " + choices.size()));
        }
    }

    /** A question whose answer is typed, with the likely wrong answers it explains. */
    sealed interface Typed extends Quiz {
        List<Mistake> mistakes();

        @Override
        default boolean typed() {
            return true;
        }

        /** A typed answer has no choices to order. */
        @Override
        default ChoiceOrder order(String learner, StepKey step) {
            return ChoiceOrder.inFile(0);
        }

        @Override
        default List<RichText> texts() {
            return mistakes().stream().map(Mistake::explanation).toList();
        }
    }

    /** A number typed by the learner, right within {@code tolerance} of the computed answer. */
    record NumberQuiz(SourceText answer, List<Binding> bindings, Optional<SourceText> tolerance,
            List<Mistake> mistakes) implements Typed {
        public NumberQuiz {
            bindings = List.copyOf(bindings);
            mistakes = List.copyOf(mistakes);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.number(this);
        }

        @Override
        public Verdict grade(LessonMath math, String typed) {
            return Grader.number(this, math, typed);
        }

        @Override
        public void check(StepFigures figures) {
            var math = figures.math();
            Optional<Rational> right = figures.bindings(bindings)
                    ? figures.attempt(answer, () -> math.evaluate(answer.text(), bindings)) : Optional.empty();
            right.ifPresent(figures::add);
            figures.names(answer);
            tolerance.ifPresent(figures::atLeastZero);
            Rational allowed = tolerance.flatMap(t -> figures.quietly(() -> math.evaluate(t.text(), List.of()).abs()))
                    .orElse(Rational.ZERO);
            for (var mistake : mistakes) {
                var value = figures.attempt(mistake.answer(), () -> math.evaluate(mistake.answer().text(), List.of()));
                value.ifPresent(figures::add);
                figures.names(mistake.answer());
                right.filter(r -> value.isPresent() && value.get().subtract(r).abs().compareTo(allowed) <= 0)
                        .ifPresent(r -> figures.sameAsAnswer(mistake.answer(), r.toString()));
            }
        }
    }

    /**
     * An expression typed by the learner, right when it is equivalent to the answer (and, when {@code expanded},
     * typed as an expanded polynomial).
     */
    record ExpressionQuiz(SourceText answer, List<Mistake> mistakes, boolean expanded) implements Typed {
        public ExpressionQuiz {
            mistakes = List.copyOf(mistakes);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.expression(this);
        }

        @Override
        public Verdict grade(LessonMath math, String typed) {
            return Grader.expression(this, math, typed);
        }

        @Override
        public void check(StepFigures figures) {
            var math = figures.math();
            var right = figures.attempt(answer, () -> math.parse(answer.text()));
            right.ifPresent(figures::add);
            figures.names(answer);
            for (var mistake : mistakes) {
                var wrong = figures.attempt(mistake.answer(), () -> math.parse(mistake.answer().text()));
                wrong.ifPresent(figures::add);
                figures.names(mistake.answer());
                right.filter(r -> wrong.isPresent() && figures.quietly(
                        () -> Algebra.equivalent(wrong.get(), r, math.definitions())).orElse(false))
                        .ifPresent(r -> figures.sameAsAnswer(mistake.answer(), answer.text()));
            }
        }
    }
}
