package dev.nudge.math;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A named function or expression a lesson declares once, such as
 * {@code f(x, P) = P_0 \times x + P_1} or {@code Loss = (f(0, P) - (-2))^2}. A parameter whose name
 * appears in the body only with subscripts ({@code P} in {@code P_0}, {@code P_1}) stands for a
 * parameter vector: the argument {@code P} passes {@code P_0, P_1, ...} through.
 */
public record Definition(String name, List<String> parameters, Expr body) {
    public Definition {
        new Var(name);
        if (Builtin.named(name).isPresent() || name.equals("max")) {
            throw MathException.of(MathProblem.BUILTIN_REDEFINED, name);
        }
        parameters = List.copyOf(parameters);
        parameters.forEach(Var::new);
        if (parameters.stream().distinct().count() != parameters.size()) {
            throw MathException.of(MathProblem.DUPLICATE_PARAMETERS, name);
        }
        java.util.Objects.requireNonNull(body, "body");
    }

    /** Reads {@code name(parameters) = body} or {@code name = body}. */
    static Definition parse(String source, java.util.Set<String> functions) {
        java.util.Set<String> known = new java.util.HashSet<>(functions);
        String head = source.replaceFirst("^\\s*([A-Za-z]+)\\s*\\(.*", "$1");
        if (Builtin.named(head).isPresent() || head.equals("max")) {
            throw MathException.at(source, source.indexOf(head) + 1, MathProblem.BUILTIN_REDEFINED, head);
        }
        if (!head.equals(source)) {
            known.add(head);
        }
        Expr parsed = Parser.parse(source, known);
        if (!(parsed instanceof Equation equation) || equation.sides().size() != 2) {
            throw MathException.at(source, 1, MathProblem.DEFINITION_FORM);
        }
        Expr left = equation.sides().get(0);
        if (left instanceof Var variable) {
            return new Definition(variable.name(), List.of(), equation.last());
        }
        if (left instanceof Call call && call.arguments().stream().allMatch(Var.class::isInstance)) {
            List<String> names = call.arguments().stream().map(argument -> ((Var) argument).name()).toList();
            return new Definition(call.function(), names, equation.last());
        }
        throw MathException.at(source, 1, MathProblem.DEFINITION_LEFT_SIDE);
    }

    public boolean isFunction() {
        return !parameters.isEmpty();
    }

    /** The definition as an equation, for showing it. */
    public Equation asEquation() {
        Expr left = isFunction() ? new Call(name, parameters.stream().map(Var::new).map(Expr.class::cast).toList())
                : new Var(name);
        return new Equation(List.of(left, body));
    }

    /** The body with each parameter replaced by its argument. */
    public Expr apply(List<Expr> arguments) {
        if (arguments.size() != parameters.size()) {
            throw MathException.of(MathProblem.ARGUMENT_COUNT, name, parameters.size(), arguments.size());
        }
        Map<String, Expr> bound = new HashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            bound.put(parameters.get(i), arguments.get(i));
        }
        return replace(body, bound);
    }

    private Expr replace(Expr expr, Map<String, Expr> bound) {
        if (!(expr instanceof Var variable)) {
            return expr.mapChildren(child -> replace(child, bound));
        }
        if (bound.containsKey(variable.name())) {
            return bound.get(variable.name());
        }
        Expr vector = bound.get(variable.base());
        if (vector == null || variable.subscript().isEmpty()) {
            return variable;
        }
        if (!(vector instanceof Var vectorName) || !vectorName.subscript().isEmpty()) {
            throw MathException.of(MathProblem.VECTOR_ARGUMENT, variable.base(), name);
        }
        return Var.of(vectorName.base(), variable.subscript());
    }
}
