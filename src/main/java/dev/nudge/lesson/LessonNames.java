package dev.nudge.lesson;

import dev.nudge.math.Derivative;
import dev.nudge.math.Expr;
import dev.nudge.math.Var;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The names a lesson has, to catch a formula that names one it does not: a derivative by a parameter that does not
 * exist ({@code dLoss/dP_2}) is 0 everywhere, so a typo in an answer or a hint would otherwise pass unnoticed. A
 * lesson has its parameters (and their vector, {@code P}), its definitions ({@code Loss}, {@code f}) and their
 * arguments ({@code x}).
 */
final class LessonNames {
    private LessonNames() {
    }

    /** The problem with the first name in {@code expr} the lesson does not have, or empty. */
    static Optional<String> unknownIn(Expr expr, LessonMath math) {
        return first(expr, known(math)).map(name -> "names " + name + ", which this lesson does not have; it has "
                + String.join(", ", shown(math)));
    }

    /** The names to list for the author: the parameters, then what the lesson defines. */
    private static Set<String> shown(LessonMath math) {
        var names = new LinkedHashSet<>(math.parameters().keySet());
        math.definitions().all().forEach(definition -> names.add(definition.name()));
        return names;
    }

    private static Set<String> known(LessonMath math) {
        var names = new LinkedHashSet<>(math.parameters().keySet());
        math.parameters().keySet().forEach(name -> names.add(new Var(name).base()));
        for (var definition : math.definitions().all()) {
            names.add(definition.name());
            names.addAll(definition.parameters());
        }
        return names;
    }

    private static Optional<String> first(Expr expr, Set<String> known) {
        Optional<String> here = name(expr).filter(name -> !known.contains(name));
        if (here.isPresent()) {
            return here;
        }
        return expr.children().stream().map(child -> first(child, known)).flatMap(Optional::stream).findFirst();
    }

    /** The name {@code expr} itself uses: a variable's, or the variable a derivative is taken by. */
    private static Optional<String> name(Expr expr) {
        if (expr instanceof Var variable) {
            return Optional.of(variable.name());
        }
        return expr instanceof Derivative derivative ? Optional.of(derivative.variable().name()) : Optional.empty();
    }
}
