package dev.nudge.lesson;

import dev.nudge.math.Algebra;
import dev.nudge.math.Definitions;
import dev.nudge.math.GlyphSet;
import dev.nudge.math.MathException;
import dev.nudge.math.Rational;
import dev.nudge.neural.Network;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Proves that everything a lesson computes does compute: definitions, parameter values and points, every equation
 * and inline formula, every {@code {{ }}} value and every answer. It also returns each step's computed figures, so
 * the languages can be compared number by number.
 */
final class MathCheck {
    private static final java.util.regex.Pattern COLUMN = java.util.regex.Pattern.compile("at column (\\d+)");

    private final Path file;
    private final Problems problems;

    private MathCheck(Path file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The lesson's math, or empty when its header does not compute; problems go to {@code problems}. */
    static Optional<LessonMath> compile(Lesson<?> lesson, Problems problems) {
        return new MathCheck(lesson.file(), problems).compile(lesson.model());
    }

    /** The figures each step computes, by step id; every failure is reported. */
    static Map<String, List<String>> figures(Lesson<?> lesson, LessonMath math, Problems problems) {
        var check = new MathCheck(lesson.file(), problems);
        var figures = new LinkedHashMap<String, List<String>>();
        for (var step : lesson.steps()) {
            figures.put(step.id(), check.stepFigures(step, math));
        }
        ProgramCheck.lesson(check, lesson);
        return figures;
    }

    private Optional<LessonMath> compile(LessonModel model) {
        var definitions = Definitions.none();
        boolean ok = true;
        Optional<Network> network = Optional.empty();
        if (model.network().isPresent()) {
            var written = model.network().get();
            network = attempt(written, () -> Network.parse(written.text()));
            ok &= network.isPresent();
            if (network.isPresent()) {
                definitions = definitions.define(network.get().modelDefinition());
            }
        }
        for (var source : model.definitions()) {
            final var before = definitions;
            var defined = attempt(source, () -> before.define(source.text()));
            ok &= defined.isPresent();
            definitions = defined.orElse(definitions);
        }
        var parameters = new LinkedHashMap<String, Rational>();
        for (var binding : model.parameters()) {
            var name = attempt(binding.name(), () -> LessonMath.variableName(binding.name().text()));
            final var known = definitions;
            var value = attempt(binding.value(), () -> Algebra.evaluate(known.parse(binding.value().text()), known, Map.of()));
            ok &= name.isPresent() && value.isPresent();
            name.ifPresent(n -> value.ifPresent(v -> parameters.put(n, v)));
        }
        var points = new ArrayList<LessonMath.DataPoint>();
        for (var point : model.points()) {
            final var known = definitions;
            var x = attempt(point.x(), () -> Algebra.evaluate(known.parse(point.x().text()), known, Map.of()));
            var y = attempt(point.y(), () -> Algebra.evaluate(known.parse(point.y().text()), known, Map.of()));
            ok &= x.isPresent() && y.isPresent();
            x.ifPresent(xv -> y.ifPresent(yv -> points.add(new LessonMath.DataPoint(xv, yv))));
        }
        if (network.isPresent() && model.network().isPresent()) {
            ok &= networkHasValues(network.get(), model.network().get(), parameters);
        }
        return ok ? Optional.of(new LessonMath(network, definitions, parameters, points)) : Optional.empty();
    }

    /** Every weight and bias of the network needs a starting value: the lab, a table and a program start there. */
    private boolean networkHasValues(Network network, SourceText written, Map<String, Rational> parameters) {
        var missing = network.parameters().stream().filter(name -> !parameters.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            problems.add(file, written, "the network " + network + " has the parameters "
                    + String.join(", ", network.parameters()) + "; give " + String.join(", ", missing)
                    + " a starting value in params:");
        }
        return missing.isEmpty();
    }

    private List<String> stepFigures(Step step, LessonMath math) {
        var figures = new ArrayList<String>();
        var prose = new ProseFigures(this, math, figures);
        prose.check(step.prose());
        step.check(new StepFigures(this, math, figures, prose));
        return figures;
    }

    /** Runs {@code computation}; on a math error reports it at its place inside {@code source} and gives empty. */
    <T> Optional<T> attempt(SourceText source, Supplier<T> computation) {
        try {
            return Optional.of(computation.get());
        } catch (MathException e) {
            int column = source.column() + Math.max(0, e.column() - 1);
            problems.add(file, source.line(), column, "\"" + FieldLines.shorten(source.text()) + "\": "
                    + inFileColumns(e.problem(), source));
            return Optional.empty();
        }
    }

    /** The engine counts columns in the expression; in a lesson they are counted in the line. */
    private static String inFileColumns(String problem, SourceText source) {
        var matcher = COLUMN.matcher(problem);
        var out = new StringBuilder();
        while (matcher.find()) {
            int column = source.column() + Integer.parseInt(matcher.group(1)) - 1;
            matcher.appendReplacement(out, "at column " + column);
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Like {@link #attempt}, for a computation not written in the file (such as a generated loss). */
    <T> Optional<T> attemptOnLine(int line, String what, Supplier<T> computation) {
        try {
            return Optional.of(computation.get());
        } catch (MathException e) {
            problems.add(file, line, 1, what + ": " + e.problem());
            return Optional.empty();
        }
    }

    /** Reports the first name in the formula {@code source} that the lesson does not have. */
    void names(SourceText source, LessonMath math) {
        names(source, "", math);
    }

    /** The same, for {@code source} differentiated by {@code variable} (nothing when it is empty), as {@code {{ d/dP_1: }}} does. */
    void names(SourceText source, String variable, LessonMath math) {
        try {
            var expr = math.parse(source.text());
            var checked = variable.isEmpty() ? expr : new dev.nudge.math.Derivative(expr, new dev.nudge.math.Var(variable), false);
            var written = (variable.isEmpty() ? "" : "d/d" + variable + ": ") + source.text();
            LessonNames.unknownIn(checked, math).ifPresent(problem -> problems.add(file, source,
                    "\"" + FieldLines.shorten(written) + "\": " + problem));
        } catch (MathException unreadable) {
            // reported where the formula is computed
        }
    }

    void report(SourceText where, String message) {
        problems.add(file, where, message);
    }

    /** The figure as the checker compares it across languages: the exact value, or the one-line expression. */
    static String figure(Rational value) {
        return value.toString();
    }

    static String figure(dev.nudge.math.Expr expr) {
        return dev.nudge.math.Renderer.oneLine(expr, GlyphSet.ASCII);
    }
}
