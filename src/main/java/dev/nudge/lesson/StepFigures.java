package dev.nudge.lesson;

import dev.nudge.math.Algebra;
import dev.nudge.math.Expr;
import dev.nudge.math.Rational;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a kind of step checks its block's math with, and where it puts the figures its block computes, which the
 * checker compares across languages. A failure is reported at its place in the lesson file.
 */
public final class StepFigures {
    private final MathCheck check;
    private final LessonMath math;
    private final List<String> figures;
    private final ProseFigures prose;

    StepFigures(MathCheck check, LessonMath math, List<String> figures, ProseFigures prose) {
        this.check = check;
        this.math = math;
        this.figures = figures;
        this.prose = prose;
    }

    /** The lesson's math. */
    public LessonMath math() {
        return math;
    }

    /** Checks the formulas and computed values in block texts (hints, choices, explanations); they are no figures. */
    public void texts(List<RichText> texts) {
        texts.forEach(prose::check);
    }

    public void texts(Hints hints) {
        texts(List.of(hints.concept(), hints.strategy(), hints.answer()));
    }

    /** Keeps {@code figure} among the step's figures. */
    public void add(String figure) {
        figures.add(figure);
    }

    public void add(Rational value) {
        figures.add(MathCheck.figure(value));
    }

    public void add(Expr expr) {
        figures.add(MathCheck.figure(expr));
    }

    /** Runs {@code computation}; on a math error reports it at its place inside {@code source} and gives empty. */
    public <T> Optional<T> attempt(SourceText source, Supplier<T> computation) {
        return check.attempt(source, computation);
    }

    /** Like {@link #attempt}, for a computation not written in the file (such as a generated loss). */
    public <T> Optional<T> attemptOnLine(int line, String what, Supplier<T> computation) {
        return check.attemptOnLine(line, what, computation);
    }

    public void report(SourceText where, String message) {
        check.report(where, message);
    }

    /** Reports a name in the formula {@code source} that the lesson does not have; a formula that does not parse is reported elsewhere. */
    public void names(SourceText source) {
        check.names(source, math);
    }

    /** Reports {@code mistake}, which equals the right answer {@code answer}: the learner would never read why it is wrong. */
    public void sameAsAnswer(SourceText mistake, String answer) {
        check.report(mistake, "\"" + FieldLines.shorten(mistake.text()) + "\": this mistake equals the right answer, "
                + answer + ", so a learner who types it is told it is right and never reads its explanation");
    }

    /** The result of {@code computation}, or empty on a math error that another check reports. */
    public <T> Optional<T> quietly(Supplier<T> computation) {
        try {
            return Optional.of(computation.get());
        } catch (dev.nudge.math.MathException reportedElsewhere) {
            return Optional.empty();
        }
    }

    /** Whether every binding such as {@code P_1 = 1.001} computes; each bad one is reported at its place. */
    public boolean bindings(List<Binding> bindings) {
        return BindingCheck.valid(check, math, bindings);
    }

    /** The points as exact numbers, or empty when one does not compute. */
    public Optional<List<LessonMath.DataPoint>> points(List<Point> points) {
        var definitions = math.definitions();
        return check.attempt(points.isEmpty() ? new SourceText("", 1, 1) : points.get(0).x(),
                () -> LessonMath.points(points, definitions));
    }

    /** Reports {@code source} unless it is above 0; {@code what} names it, as in "the learning rate". */
    public void positive(SourceText source, String what) {
        if (source.text().isEmpty()) {
            return;
        }
        check.attempt(source, () -> value(source)).filter(v -> v.signum() <= 0)
                .ifPresent(v -> check.report(source, what + " must be above 0, but it is " + v));
    }

    /** Reports a tolerance below 0. */
    public void atLeastZero(SourceText source) {
        check.attempt(source, () -> value(source)).filter(v -> v.signum() < 0)
                .ifPresent(v -> check.report(source, "a tolerance cannot be below 0, but it is " + v));
    }

    private Rational value(SourceText source) {
        return Algebra.evaluate(math.parse(source.text()), math.definitions(), Map.of());
    }
}
