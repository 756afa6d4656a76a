package dev.nudge.lesson;

import dev.nudge.math.Algebra;
import dev.nudge.math.Definitions;
import dev.nudge.math.Expr;
import dev.nudge.math.MathException;
import dev.nudge.math.Parser;
import dev.nudge.math.Rational;
import dev.nudge.neural.Network;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The math of one lesson, ready to compute: its definitions, the parameters' values and the training points. Every
 * number a lesson shows is computed here, so the text cannot disagree with the math.
 */
public final class LessonMath {
    private final Optional<Network> network;
    private final Definitions definitions;
    private final Map<String, Rational> parameters;
    private final List<DataPoint> points;

    /** A training example as exact numbers. */
    public record DataPoint(Rational x, Rational y) {
    }

    LessonMath(Optional<Network> network, Definitions definitions, Map<String, Rational> parameters,
            List<DataPoint> points) {
        this.network = network;
        this.definitions = definitions;
        this.parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.points = List.copyOf(points);
    }

    /** The math of a lesson that loaded cleanly; throws {@link MathException} if its header does not compute. */
    public static LessonMath of(Lesson<?> lesson) {
        return MathCheck.compile(lesson, new Problems())
                .orElseThrow(() -> new MathException("the header of " + lesson.file() + " does not compute"));
    }

    /** The network the lesson trains, whose model is {@code f(x, P)}; empty for a lesson without one. */
    public Optional<Network> network() {
        return network;
    }

    public Definitions definitions() {
        return definitions;
    }

    /** The parameters and their values, in the order the lesson lists them. */
    public Map<String, Rational> parameters() {
        return parameters;
    }

    public List<DataPoint> points() {
        return points;
    }

    /** The exact values of {@code given}, or the lesson's own points when a step gives none. */
    public List<DataPoint> pointsOr(List<Point> given) {
        return given.isEmpty() ? points : points(given, definitions);
    }

    /** Parses {@code source} knowing the lesson's functions; throws {@link MathException} if it does not parse. */
    public Expr parse(String source) {
        return definitions.parse(source);
    }

    /** The value of {@code source} with the lesson's parameters, overridden by {@code bindings}. */
    public Rational evaluate(String source, List<Binding> bindings) {
        return Algebra.evaluate(parse(source), definitions, valuesWith(bindings));
    }

    /** The parameter values with {@code bindings} applied on top. */
    public Map<String, Rational> valuesWith(List<Binding> bindings) {
        var values = new LinkedHashMap<>(parameters);
        for (var binding : bindings) {
            values.put(variableName(binding.name().text()),
                    Algebra.evaluate(parse(binding.value().text()), definitions, values));
        }
        return values;
    }

    /**
     * The loss a step's block measures: the one it writes ({@code loss:}), or else the mean squared error over its
     * points (the lesson's when it gives none); throws {@link MathException} if it does not compute.
     */
    public Expr lossOf(java.util.Optional<SourceText> written, List<Point> given) {
        return parse(written.map(SourceText::text).orElseGet(() -> meanSquaredError(modelName(), pointsOr(given))));
    }

    /**
     * What a step calls its loss in a slope's name ({@code dLoss/dP₁}, {@code dMSE/dw₁}): the name written
     * ({@code loss: MSE}), else MSE for the mean over several points, and Loss for one point or a written formula.
     */
    public String lossName(java.util.Optional<SourceText> written, List<Point> given) {
        if (written.isPresent()) {
            var text = written.get().text().strip();
            return text.matches("[A-Za-z][A-Za-z0-9]*") ? text : "Loss";
        }
        return pointsOr(given).size() > 1 ? "MSE" : "Loss";
    }

    /** The mean squared error over {@code points} for the model {@code f}, written as the article writes it. */
    public static String meanSquaredError(String model, List<DataPoint> points) {
        if (points.isEmpty()) {
            throw new MathException("the mean squared error needs at least one point");
        }
        var terms = points.stream()
                .map(p -> "(" + model + "(" + p.x() + ", P) - " + signed(p.y()) + ")^2")
                .collect(Collectors.toList());
        var sum = String.join(" + ", terms);
        return points.size() == 1 ? sum : "\\frac{" + sum + "}{" + points.size() + "}";
    }

    /** The name of the model function: the first function the lesson defines. */
    public String modelName() {
        return definitions.all().stream().filter(d -> d.isFunction()).map(d -> d.name()).findFirst()
                .orElseThrow(() -> new MathException("the lesson defines no model function such as f(x, P)"));
    }

    private static String signed(Rational value) {
        return value.signum() < 0 ? "(" + value + ")" : value.toString();
    }

    /** The canonical name of the parameter {@code written}; throws unless the lesson has that parameter. */
    public String parameter(SourceText written) {
        var name = variableName(written.text());
        if (!parameters.containsKey(name)) {
            throw new MathException("\"" + written.text() + "\" is not a parameter of the lesson; its parameters are "
                    + String.join(", ", parameters.keySet()));
        }
        return name;
    }

    /** The canonical name of a variable written as {@code P_1}, {@code P1} or {@code P_{1}}. */
    public static String variableName(String written) {
        var parsed = Parser.parse(written);
        if (!(parsed instanceof dev.nudge.math.Var)) {
            throw new MathException("\"" + written + "\" is not a variable name");
        }
        return ((dev.nudge.math.Var) parsed).name();
    }

    public static List<DataPoint> points(List<Point> points, Definitions definitions) {
        var exact = new ArrayList<DataPoint>();
        for (var point : points) {
            exact.add(new DataPoint(Algebra.evaluate(definitions.parse(point.x().text()), definitions, Map.of()),
                    Algebra.evaluate(definitions.parse(point.y().text()), definitions, Map.of())));
        }
        return exact;
    }
}
