package dev.nudge.lesson;

import dev.nudge.math.Rational;
import dev.nudge.progress.StepKey;
import dev.nudge.step.guess.GuessMath;
import dev.nudge.step.guess.GuessStep;
import dev.nudge.step.nudges.NudgeEntry;
import dev.nudge.step.nudges.NudgesStep;
import dev.nudge.step.nudges.NudgesTable;
import dev.nudge.step.predict.PredictMath;
import dev.nudge.step.predict.PredictStep;
import dev.nudge.step.quiz.ChoiceOrder;
import dev.nudge.step.quiz.Quiz;

/**
 * The answers a learner who knows them would give, worked out from the lesson's own math: the end-to-end walk and the
 * benchmarks walk the course with them, so neither depends on the course's current numbers.
 */
public final class KnownAnswers {
    private KnownAnswers() {
    }

    /** What to type at a quiz to grade it directly: the right choice's number in the lesson file, or the answer. */
    public static String typed(Quiz quiz, LessonMath math) {
        return typed(quiz, math, ChoiceOrder.inFile(choiceCount(quiz)));
    }

    /**
     * What {@code learner} types at the quiz of {@code step}: the number their screen shows the right choice under
     * (each learner has their own order), or the answer itself.
     */
    public static String typed(Quiz quiz, LessonMath math, String learner, StepKey step) {
        return typed(quiz, math, quiz.order(learner, step));
    }

    private static int choiceCount(Quiz quiz) {
        return quiz instanceof Quiz.ChoiceQuiz choice ? choice.choices().size() : 0;
    }

    private static String typed(Quiz quiz, LessonMath math, ChoiceOrder order) {
        if (quiz instanceof Quiz.ChoiceQuiz choice) {
            for (int i = 0; i < choice.choices().size(); i++) {
                if (choice.choices().get(i).right()) {
                    return String.valueOf(order.position(i) + 1);
                }
            }
        }
        if (quiz instanceof Quiz.NumberQuiz number) {
            Rational value = math.evaluate(number.answer().text(), number.bindings());
            return value.toString();
        }
        return ((Quiz.ExpressionQuiz) quiz).answer().text();
    }

    /** A wrong answer the lesson foresaw, as typed, and the explanation the learner who gives it is shown. */
    public record Miss(String typed, RichText explanation) {
    }

    /**
     * The first wrong answer the quiz of {@code step} explains (a wrong choice's number on {@code learner}'s screen,
     * or a mistake's value), if it has one.
     */
    public static java.util.Optional<Miss> miss(Quiz quiz, String learner, StepKey step) {
        if (quiz instanceof Quiz.ChoiceQuiz choice) {
            var order = quiz.order(learner, step);
            for (int i = 0; i < choice.choices().size(); i++) {
                if (!choice.choices().get(i).right()) {
                    return java.util.Optional.of(new Miss(String.valueOf(order.position(i) + 1),
                            choice.choices().get(i).whyWrong()));
                }
            }
            return java.util.Optional.empty();
        }
        var mistakes = quiz instanceof Quiz.NumberQuiz number ? number.mistakes()
                : ((Quiz.ExpressionQuiz) quiz).mistakes();
        return mistakes.stream().findFirst().map(m -> new Miss(m.answer().text(), m.explanation()));
    }

    /** What to type at a predict step: the loss after its update, as the engine computes it. */
    public static String predicted(PredictStep predict, LessonMath math) {
        return PredictMath.of(math, predict).lossAfter().toString();
    }

    /** The right guess for each parameter in order: "-" where the slope rises, "+" where it falls, "0" if flat. */
    public static java.util.List<String> guesses(GuessStep guess, LessonMath math) {
        return GuessMath.of(math, guess).slopes().values().stream()
                .map(slope -> slope.signum() > 0 ? "-" : slope.signum() < 0 ? "+" : "0")
                .toList();
    }

    /**
     * A nudge of one's own at a nudges step, a tenth of the table's smallest, and the ratio its row shows, both as the
     * engine computes them.
     */
    public record OwnNudge(String typed, String ratio) {
    }

    public static OwnNudge ownNudge(NudgesStep step, LessonMath math) {
        var table = NudgesTable.of(math, step);
        var smallest = table.rows().get(table.rows().size() - 1).nudge().abs();
        var typed = smallest.divide(Rational.of(10)).toString();
        var added = NudgeEntry.of(typed, table).table().orElseThrow();
        var row = added.rows().stream().filter(NudgesTable.Row::own).findFirst().orElseThrow();
        return new OwnNudge(typed, row.ratio().toString());
    }
}
