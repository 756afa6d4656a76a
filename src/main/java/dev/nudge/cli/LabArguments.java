package dev.nudge.cli;

import dev.nudge.lesson.LessonMath.DataPoint;
import dev.nudge.math.Algebra;
import dev.nudge.math.Definitions;
import dev.nudge.math.MathException;
import dev.nudge.math.Parser;
import dev.nudge.math.Rational;
import dev.nudge.math.Var;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code nudge lab}'s lists: data as {@code x:y} pairs and parameters as {@code NAME=VALUE}, both separated by
 * commas. Each number may be any arithmetic the engine reads ({@code -2}, {@code 11/3}); a bad piece throws a
 * {@link MathException} that names the piece, with the engine's caret under the problem.
 */
final class LabArguments {
    private LabArguments() {
    }

    static List<DataPoint> points(String data) {
        var points = new ArrayList<DataPoint>();
        for (var piece : pieces(data, "--data")) {
            var parts = piece.split(":", -1);
            if (parts.length != 2) {
                throw new MathException("--data: '" + piece + "' is not a point written x:y, such as 0:-2");
            }
            points.add(new DataPoint(number(parts[0], "--data"), number(parts[1], "--data")));
        }
        return points;
    }

    static Map<String, Rational> parameters(String params) {
        var values = new LinkedHashMap<String, Rational>();
        for (var piece : pieces(params, "--params")) {
            var parts = piece.split("=", -1);
            if (parts.length != 2) {
                throw new MathException("--params: '" + piece + "' is not written NAME=VALUE, such as P_0=1");
            }
            var name = within("--params", () -> Parser.parse(parts[0].strip()));
            if (!(name instanceof Var variable)) {
                throw new MathException("--params: '" + parts[0].strip() + "' is not a parameter name such as P_0");
            }
            values.put(variable.name(), number(parts[1], "--params"));
        }
        return values;
    }

    static Definitions model(String model) {
        return within("--model", () -> Definitions.none().define(model));
    }

    static Rational number(String text, String option) {
        return within(option, () -> Algebra.evaluate(Parser.parse(text.strip()), Definitions.none(), Map.of()));
    }

    private static List<String> pieces(String list, String option) {
        var pieces = new ArrayList<String>();
        for (var piece : list.split(",", -1)) {
            if (piece.isBlank()) {
                throw new MathException(option + ": an empty item in '" + list + "'");
            }
            pieces.add(piece.strip());
        }
        return pieces;
    }

    /** Runs {@code reading}, prefixing any problem with the option it came from. */
    private static <T> T within(String option, java.util.function.Supplier<T> reading) {
        try {
            return reading.get();
        } catch (MathException e) {
            throw new MathException(option + ": " + e.getMessage());
        }
    }
}
