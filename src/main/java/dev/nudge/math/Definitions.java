package dev.nudge.math;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The functions and named expressions a lesson declares, such as the model {@code f(x, P)} and
 * its {@code Loss}: parsing knows their names as functions, and substitution replaces each use by
 * the body in parentheses, as the article does. Immutable; {@link #define} returns a new set.
 */
public final class Definitions {
    private static final Definitions NONE = new Definitions(Map.of());

    private final Map<String, Definition> byName;

    private Definitions(Map<String, Definition> byName) {
        this.byName = byName;
    }

    public static Definitions none() {
        return NONE;
    }

    /** These definitions and the one {@code source} declares, e.g. {@code f(x, P) = P_0 \times x + P_1}. */
    public Definitions define(String source) {
        return with(Definition.parse(source, functions()));
    }

    /** These definitions and {@code definition}, which replaces one of the same name. */
    public Definitions with(Definition definition) {
        Map<String, Definition> copy = new LinkedHashMap<>(byName);
        copy.put(definition.name(), definition);
        Definitions result = new Definitions(java.util.Collections.unmodifiableMap(copy));
        result.inline(definition.asEquation().last());
        return result;
    }

    /** Parses {@code source} with the defined functions known as functions. */
    public Expr parse(String source) {
        return Parser.parse(source, functions());
    }

    public Optional<Definition> lookup(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Collection<Definition> all() {
        return byName.values();
    }

    /** The names of the defined functions (definitions with parameters). */
    public Set<String> functions() {
        return byName.values().stream().filter(Definition::isFunction).map(Definition::name)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** {@code expr} with every defined name and call replaced by its body in parentheses, all the way down. */
    public Expr inline(Expr expr) {
        Expr inlined = inline(expr, new ArrayDeque<>());
        TreeSize.check(inlined);
        return inlined;
    }

    private Expr inline(Expr expr, Deque<String> expanding) {
        Optional<Definition> definition = definitionUsedBy(expr);
        if (definition.isEmpty()) {
            return expr.mapChildren(child -> inline(child, expanding));
        }
        String name = definition.get().name();
        if (expanding.contains(name)) {
            throw MathException.of(MathProblem.SELF_REFERENCE, name);
        }
        java.util.List<Expr> arguments = expr instanceof Call call
                ? call.arguments().stream().map(argument -> inline(argument, expanding)).toList()
                : java.util.List.of();
        expanding.push(name);
        Expr body = definition.get().apply(arguments);
        Expr result = new Group(inline(body, expanding));
        TreeSize.check(result);
        expanding.pop();
        return result;
    }

    private Optional<Definition> definitionUsedBy(Expr expr) {
        if (expr instanceof Call call) {
            return Optional.of(lookup(call.function()).filter(Definition::isFunction).orElseThrow(
                    () -> MathException.of(MathProblem.NOT_A_FUNCTION, call.function())));
        }
        if (expr instanceof Var variable) {
            return lookup(variable.name()).filter(found -> !found.isFunction());
        }
        return Optional.empty();
    }
}
