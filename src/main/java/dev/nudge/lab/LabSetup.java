package dev.nudge.lab;

import dev.nudge.lesson.LessonMath;
import dev.nudge.math.Algebra;
import dev.nudge.math.Call;
import dev.nudge.math.Definitions;
import dev.nudge.math.MathException;
import dev.nudge.math.Num;
import dev.nudge.math.Rational;
import dev.nudge.math.Var;
import dev.nudge.neural.Network;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What the lab starts from: a model function the engine can differentiate, the data, the parameters' starting values
 * and the learning rate. It checks that they fit together (every parameter the model uses has a value) so the lab
 * itself never meets a missing value.
 *
 * @param definitions the definitions holding the model function, such as {@code f(x, P) = P_0 \times x + P_1}
 * @param model the model function's name
 * @param points the data the loss judges the model on, at least one
 * @param start the parameters and their starting values, in the order the lab lists them
 * @param rate the learning rate, above zero
 * @param network the network the model is, when it is one: its hidden neurons' pieces and kinks are drawn
 */
public record LabSetup(Definitions definitions, String model, List<LessonMath.DataPoint> points,
        Map<String, Rational> start, Rational rate, Optional<Network> network) {

    public LabSetup {
        points = List.copyOf(points);
        start = Collections.unmodifiableMap(new LinkedHashMap<>(start));
        if (points.isEmpty()) {
            throw new MathException("the lab needs at least one data point");
        }
        if (start.isEmpty()) {
            throw new MathException("the lab needs at least one parameter");
        }
        if (rate.signum() <= 0) {
            throw new MathException("the learning rate must be above 0, not " + rate);
        }
    }

    /**
     * A setup for the first function in {@code definitions}; throws {@link MathException} when the model uses a
     * parameter that has no starting value, or its loss cannot be computed.
     */
    public static LabSetup of(Definitions definitions, List<LessonMath.DataPoint> points, Map<String, Rational> start,
            Rational rate) {
        var model = definitions.all().stream().filter(d -> d.isFunction()).map(d -> d.name()).findFirst()
                .orElseThrow(() -> new MathException("the model must be a function such as f(x, P) = P_0 x + P_1"));
        var setup = new LabSetup(definitions, model, points, start, rate, Optional.empty());
        var missing = new TreeSet<>(Algebra.variables(LossKind.MSE.expression(setup), definitions));
        missing.removeAll(start.keySet());
        if (!missing.isEmpty()) {
            throw new MathException("the model uses " + String.join(", ", missing) + " but no value is given for "
                    + (missing.size() == 1 ? "it" : "them"));
        }
        points.forEach(setup::checkDefinedAt);
        return setup;
    }

    /**
     * The same setup, its model being {@code network} (which a lesson's {@code network:} header defined as the
     * function {@code f}); throws {@link MathException} when the model is another function.
     */
    public LabSetup training(Optional<Network> trained) {
        if (trained.isPresent() && !model.equals(Network.MODEL)) {
            throw new MathException("the network's model is " + Network.MODEL + "(x, P), but the lab's is " + model);
        }
        return new LabSetup(definitions, model, points, start, rate, trained);
    }

    /** Refuses a data point where the model has no value whatever the parameters, such as x = 0 for P_0/x. */
    private void checkDefinedAt(LessonMath.DataPoint point) {
        var call = new Call(model, List.of(new Num(point.x()), new Var("P")));
        try {
            Algebra.checkDivisions(call, definitions);
        } catch (MathException undefined) {
            throw new MathException("the model cannot be computed at the data point x = " + point.x() + ": "
                    + undefined.problem() + "; change the model or leave that point out");
        }
    }

    /** The parameter names in order. */
    public List<String> parameters() {
        return List.copyOf(start.keySet());
    }
}
