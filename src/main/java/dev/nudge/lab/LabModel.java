package dev.nudge.lab;

import dev.nudge.lesson.LessonMath;
import dev.nudge.math.Algebra;
import dev.nudge.math.Call;
import dev.nudge.math.MathException;
import dev.nudge.math.Num;
import dev.nudge.math.Rational;
import dev.nudge.math.Var;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the lab shows, as a value: the setup, the parameters' current values, which one the arrows move and by
 * how much, the learning rate, the loss being descended and the history of its values over the descent. Views draw
 * it; {@link Lab#update} replaces it.
 *
 * <p>Values moved by hand stay exact (the steps are decimals). A descent step rounds each new value to
 * {@link Descent#DECIMALS} decimal places: exact rationals would otherwise double their digits at every step.
 *
 * @param setup what the lab started from
 * @param kind the loss descended
 * @param function that loss and its derivatives
 * @param values the parameters' current values
 * @param selected the index of the parameter the arrows move
 * @param step how far one arrow press moves it
 * @param rate the learning rate
 * @param history the loss at the start of the descent and after each step since, the latest last (at most
 *     {@value #HISTORY} values)
 * @param steps the descent steps taken since the start, the last reset or the last move by hand
 * @param running whether descent steps on its own at each tick
 * @param logScale whether the history plot shows the loss on a logarithmic scale
 * @param help whether the help panel is open
 * @param notice a one-line message key about the last key, if any
 * @param axes the ranges the plots show, kept still while the point stays in view; empty when the numbers are too
 *     large to draw
 */
public record LabModel(LabSetup setup, LossKind kind, LossFunction function, Map<String, Rational> values,
        int selected, Rational step, Rational rate, List<Rational> history, int steps, boolean running,
        boolean logScale, boolean help, Optional<LabNotice> notice, Optional<LossAxes> axes) {

    /** The steps {@code +} and {@code -} switch between. */
    public static final List<Rational> STEPS = List.of(Rational.ONE, Rational.parse("0.1"), Rational.parse("0.01"),
            Rational.parse("0.001"));
    /** The most history kept: older values scroll off the plot. */
    static final int HISTORY = 1000;

    public LabModel {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        history = List.copyOf(history);
        if (steps < 0) {
            throw new IllegalArgumentException("steps cannot be negative: " + steps);
        }
        if (selected < 0 || selected >= setup.parameters().size()) {
            throw new IllegalArgumentException("no parameter " + selected);
        }
    }

    /**
     * The lab as it opens: the starting values, the MSE over all points, step 0.1. Throws a {@link MathException}
     * that says why when the loss or its slopes cannot be computed there (a number past the engine's limits).
     */
    public static LabModel start(LabSetup setup) {
        var function = LossFunction.of(setup, LossKind.MSE);
        var model = new LabModel(setup, LossKind.MSE, function, setup.start(), 0, STEPS.get(1), setup.rate(),
                List.of(function.value(setup.start())), 0, false, false, false, Optional.empty(), Optional.empty())
                .checked();
        return model.withAxes(LossAxes.around(model));
    }

    public List<String> parameters() {
        return setup.parameters();
    }

    public String selectedName() {
        return parameters().get(selected);
    }

    public Rational loss() {
        // The history's latest value is always the loss at the current values: it is computed once, when they change.
        return history.get(history.size() - 1);
    }

    /** The partial derivative of the loss with respect to {@code name} at the current values. */
    public Rational slope(String name) {
        return function.slope(name, values);
    }

    /**
     * The second partial derivative, for finding the bottom of the curve along {@code name}; empty for a loss that has
     * none (one built from ReLU).
     */
    public Optional<Rational> curvature(String name) {
        return function.curvature(name, values);
    }

    /** The loss with {@code name} set to {@code value} and the other parameters held. */
    public Rational lossWith(String name, Rational value) {
        var moved = new LinkedHashMap<>(values);
        moved.put(name, value);
        return function.value(moved);
    }

    /** What the model predicts for the input of {@code point}. */
    public Rational prediction(LessonMath.DataPoint point) {
        var call = new Call(setup.model(), List.of(new Num(point.x()), new Var("P")));
        return Algebra.evaluate(call, setup.definitions(), values);
    }

    /** The prediction minus the wanted output. */
    public Rational error(LessonMath.DataPoint point) {
        return prediction(point).subtract(point.y());
    }

    /** Whether the loss grew at each of the last three steps and is above where the descent began: it diverges. */
    public boolean diverging() {
        int n = history.size();
        if (n < 4) {
            return false;
        }
        for (int i = n - 3; i < n; i++) {
            if (history.get(i).compareTo(history.get(i - 1)) <= 0) {
                return false;
            }
        }
        return history.get(n - 1).compareTo(history.get(0)) > 0;
    }

    /** Whether the loss is so large that further steps only grow the numbers: the lab stops descending. */
    public boolean blownUp() {
        return loss().compareTo(Descent.LIMIT) > 0;
    }

    /** Whether every slope is below {@link Descent#TOLERANCE}: the descent has arrived, and stops by itself. */
    public boolean converged() {
        return parameters().stream().allMatch(name -> slope(name).abs().compareTo(Descent.TOLERANCE) < 0);
    }

    /** Whether descending further is pointless: it has converged, or the loss is past the limit. */
    public boolean finished() {
        return converged() || blownUp();
    }

    LabModel with(Map<String, Rational> newValues, List<Rational> newHistory, int newSteps) {
        return new LabModel(setup, kind, function, newValues, selected, step, rate, newHistory, newSteps, running,
                logScale, help, Optional.empty(), axes);
    }

    LabModel withValue(String name, Rational value) {
        var moved = new LinkedHashMap<>(values);
        moved.put(name, value);
        return with(moved, List.of(function.value(moved)), 0);
    }

    LabModel afterStep(Map<String, Rational> newValues) {
        var longer = new ArrayList<>(history);
        longer.add(function.value(newValues));
        return with(newValues, longer.size() > HISTORY ? longer.subList(longer.size() - HISTORY, longer.size())
                : longer, steps + 1);
    }

    LabModel withSelected(int newSelected) {
        return new LabModel(setup, kind, function, values, newSelected, step, rate, history, steps, running, logScale,
                help, Optional.empty(), axes);
    }

    LabModel withStep(Rational newStep) {
        return new LabModel(setup, kind, function, values, selected, newStep, rate, history, steps, running, logScale,
                help, Optional.empty(), axes);
    }

    LabModel withRate(Rational newRate) {
        return new LabModel(setup, kind, function, values, selected, step, newRate, history, steps, running, logScale,
                help, Optional.empty(), axes);
    }

    LabModel withKind(LossKind newKind) {
        var newFunction = LossFunction.of(setup, newKind);
        return new LabModel(setup, newKind, newFunction, values, selected, step, rate,
                List.of(newFunction.value(values)), 0, running, logScale, help, Optional.empty(), axes);
    }

    LabModel withRunning(boolean newRunning) {
        return new LabModel(setup, kind, function, values, selected, step, rate, history, steps, newRunning, logScale,
                help, Optional.empty(), axes);
    }

    LabModel withLogScale(boolean newLogScale) {
        return new LabModel(setup, kind, function, values, selected, step, rate, history, steps, running, newLogScale,
                help, Optional.empty(), axes);
    }

    LabModel withHelp(boolean newHelp) {
        return new LabModel(setup, kind, function, values, selected, step, rate, history, steps, running, logScale,
                newHelp, Optional.empty(), axes);
    }

    LabModel withNotice(String messageKey, String... arguments) {
        return withNotice(LabNotice.of(messageKey, arguments));
    }

    LabModel withNotice(LabNotice newNotice) {
        return new LabModel(setup, kind, function, values, selected, step, rate, history, steps, running, logScale,
                help, Optional.of(newNotice), axes);
    }

    /** The same lab with its plots' axes as given; the notice stays, since new axes are no news about the key. */
    LabModel withAxes(Optional<LossAxes> newAxes) {
        return new LabModel(setup, kind, function, values, selected, step, rate, history, steps, running, logScale,
                help, notice, newAxes);
    }

    /**
     * Computes everything the lab's screen shows that could fail (the loss, each slope and curvature, each
     * prediction), so that a state whose numbers cannot be computed is refused before it is shown.
     */
    LabModel checked() {
        loss();
        for (var name : parameters()) {
            slope(name);
            curvature(name);
        }
        setup.points().forEach(this::prediction);
        return this;
    }
}
