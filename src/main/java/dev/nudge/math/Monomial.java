package dev.nudge.math;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A product of variables to positive powers, such as {@code P_0 x^2}: the part of a polynomial's
 * term that is not its coefficient. Monomials sort the way the article writes terms: highest
 * degree first.
 */
public record Monomial(SortedMap<String, Integer> powers) implements Comparable<Monomial> {
    public static final Monomial ONE = new Monomial(new TreeMap<>());

    public Monomial {
        TreeMap<String, Integer> copy = new TreeMap<>(VariableOrder.INSTANCE);
        copy.putAll(powers);
        for (Map.Entry<String, Integer> power : copy.entrySet()) {
            if (power.getValue() < 1) {
                throw MathException.of(MathProblem.POWER_RANGE, power.getKey(), Limits.MAX_DEGREE);
            }
            if (power.getValue() > Limits.MAX_DEGREE) {
                throw MathException.of(MathProblem.POWER_BEYOND, power.getKey(), Limits.MAX_DEGREE);
            }
        }
        powers = java.util.Collections.unmodifiableSortedMap(copy);
    }

    /** The variable {@code name} to the first power. */
    public static Monomial of(String name) {
        return new Monomial(new TreeMap<>(Map.of(name, 1)));
    }

    public int degree() {
        // a loop, not a stream: sorting the terms of a product compares degrees millions of times
        int degree = 0;
        for (int power : powers.values()) {
            degree += power;
        }
        return degree;
    }

    public int power(String variable) {
        return powers.getOrDefault(variable, 0);
    }

    public Monomial times(Monomial other) {
        TreeMap<String, Integer> product = new TreeMap<>(VariableOrder.INSTANCE);
        product.putAll(powers);
        other.powers.forEach((name, power) -> product.merge(name, power, Integer::sum));
        return new Monomial(product);
    }

    /** This monomial with the power of {@code variable} lowered by one. */
    public Monomial withoutOne(String variable) {
        TreeMap<String, Integer> rest = new TreeMap<>(powers);
        rest.computeIfPresent(variable, (name, power) -> power == 1 ? null : power - 1);
        return new Monomial(rest);
    }

    /** Higher degree first; within a degree, the higher power of the earlier variable first. */
    @Override
    public int compareTo(Monomial other) {
        int byDegree = Integer.compare(other.degree(), degree());
        if (byDegree != 0) {
            return byDegree;
        }
        java.util.Iterator<Map.Entry<String, Integer>> mine = powers.entrySet().iterator();
        java.util.Iterator<Map.Entry<String, Integer>> theirs = other.powers.entrySet().iterator();
        while (mine.hasNext() && theirs.hasNext()) {
            Map.Entry<String, Integer> a = mine.next();
            Map.Entry<String, Integer> b = theirs.next();
            int byVariable = VariableOrder.INSTANCE.compare(a.getKey(), b.getKey());
            if (byVariable != 0) {
                return byVariable;
            }
            int byPower = Integer.compare(b.getValue(), a.getValue());
            if (byPower != 0) {
                return byPower;
            }
        }
        return 0;
    }
}
