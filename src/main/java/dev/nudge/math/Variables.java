package dev.nudge.math;

import java.util.Set;
import java.util.TreeSet;

/** The variable names an expression uses, for deciding what is constant and what needs a value. */
final class Variables {
    private Variables() {
    }

    static Set<String> of(Expr expr) {
        Set<String> names = new TreeSet<>(VariableOrder.INSTANCE);
        collect(expr, names);
        return names;
    }

    static boolean uses(Expr expr, String name) {
        return of(expr).contains(name);
    }

    private static void collect(Expr expr, Set<String> names) {
        if (expr instanceof Var variable) {
            names.add(variable.name());
        }
        expr.children().forEach(child -> collect(child, names));
    }
}
