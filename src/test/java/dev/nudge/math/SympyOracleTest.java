package dev.nudge.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's derivatives against an independent oracle, SymPy: the chain rule through powers and relu, partial
 * derivatives of several variables, and piecewise derivatives on both sides of a kink, hand-picked and generated
 * from a fixed seed. Each batch runs SymPy once; values are compared exactly at rational points where no relu's
 * argument is 0 (SymPy takes Heaviside(0) = 1/2, the engine 0, as most libraries do).
 */
class SympyOracleTest {
    private static final String SCRIPT = String.join("\n",
            "import sys",
            "from sympy import Rational, Max, Heaviside, Symbol, diff, sympify",
            "for line in sys.stdin.read().splitlines():",
            "    variable, expression, point = line.split('|')",
            "    values = dict(pair.split('=') for pair in point.split(','))",
            "    names = {name: Symbol(name) for name in values}",
            "    names.update(Rational=Rational, Max=Max, Heaviside=Heaviside)",
            "    slope = diff(sympify(expression, locals=names), names[variable])",
            "    print(Rational(slope.subs({names[n]: Rational(v) for n, v in values.items()})))");
    private static final Definitions NETWORK = Definitions.none()
            .define("f(x, P) = v_1 \\times relu(w_1 x + b_1) + v_2 \\times relu(w_2 x + b_2) + c");
    private static final Map<String, Rational> START = values("w_1=1,b_1=1/2,w_2=-1,b_2=1/4,v_1=1,v_2=1/2,c=1/2");
    private static final List<String> NAMES = List.of("w", "b", "x");
    private static final List<Rational> POINTS = List.of(Rational.of(-2), Rational.of(-3, 2), Rational.of(-1),
            Rational.of(-1, 2), Rational.of(1, 3), Rational.of(1, 2), Rational.ONE, Rational.of(3, 2), Rational.of(2),
            Rational.of(5, 2));

    /** One derivative to compare: the expression (definitions put in), by what, at which point. */
    private record Case(Expr expr, String variable, Map<String, Rational> at) {
        String line() {
            return variable + "|" + SympyNotation.of(expr) + "|" + at.entrySet().stream()
                    .map(value -> value.getKey() + "=" + value.getValue()).collect(Collectors.joining(","));
        }
    }

    @BeforeAll
    static void needsSympy() throws InterruptedException {
        boolean present;
        try {
            var check = new ProcessBuilder("python3", "-c", "import sympy").redirectErrorStream(true).start();
            present = check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0;
        } catch (IOException e) {
            present = false;
        }
        assumeTrue(present, "SymPy is not installed: install python3-sympy (apt-get install python3-sympy) to"
                + " check the engine's derivatives against it");
    }

    @Test
    void theNetworksLossAtEveryPointByEveryWeight() throws Exception {
        var cases = new ArrayList<Case>();
        var data = Map.of(-2, 2, -1, 1, 0, 0, 1, 1, 2, 2);
        data.forEach((x, y) -> {
            var loss = NETWORK.inline(NETWORK.parse("(f(" + x + ", P) - " + y + ")^2"));
            for (String weight : List.of("w_1", "b_1", "w_2", "b_2", "v_1", "v_2", "c")) {
                cases.add(new Case(loss, weight, START));
            }
        });
        compare(cases, NETWORK);
        // the walk itself, with f kept whole, arrives at the same numbers
        var walked = Derivation.ofChainRule(NETWORK.parse("(f(1, P) - 1)^2"), "w_1", NETWORK, START).result();
        assertThat(walked).isEqualTo(new Num(oracle(List.of(new Case(NETWORK.inline(NETWORK.parse(
                "(f(1, P) - 1)^2")), "w_1", START))).get(0)));
    }

    @Test
    void piecewiseDerivativesOnBothSidesOfAKinkAndPartialDerivatives() throws Exception {
        var cases = new ArrayList<Case>();
        for (String side : List.of("1/2", "3/2")) {
            cases.add(handPicked("relu(w - 1)^2", "w", "w=" + side));
            cases.add(handPicked("(relu(2w - 2) - 1)^3", "w", "w=" + side));
            cases.add(handPicked("relu(w - 1) \\times relu(2 - w) + w", "w", "w=" + side));
        }
        cases.add(handPicked("(relu(w x + b) - y)^2", "w", "w=1/2,x=2,b=-1/3,y=3"));
        cases.add(handPicked("(relu(w x + b) - y)^2", "b", "w=1/2,x=2,b=-1/3,y=3"));
        cases.add(handPicked("(relu(w x + b) - y)^2", "b", "w=-1/2,x=2,b=1/3,y=3"));
        cases.add(handPicked("w^2 b + 3w b^3 - \\frac{w}{4}", "w", "w=2,b=-1"));
        cases.add(handPicked("w^2 b + 3w b^3 - \\frac{w}{4}", "b", "w=2,b=-1"));
        cases.add(handPicked("\\frac{(P_1 + 2)^2 + (P_0 + P_1 - 1)^2 + (2P_0 + P_1 - 4)^2}{3}", "P_0", "P_0=1,P_1=1"));
        cases.add(handPicked("\\frac{(P_1 + 2)^2 + (P_0 + P_1 - 1)^2 + (2P_0 + P_1 - 4)^2}{3}", "P_1", "P_0=1,P_1=1"));
        compare(cases, Definitions.none());
    }

    @Test
    void generatedCompositionsOfSumsProductsPowersAndRelu() throws Exception {
        var random = new Random(16);
        var cases = new ArrayList<Case>();
        while (cases.size() < 150) {
            Expr expr = random.nextBoolean() ? generated(random, 3)
                    : new Pow(new Group(new Sub(generated(random, 2), new Var("x"))), 2);
            var at = new LinkedHashMap<String, Rational>();
            NAMES.forEach(name -> at.put(name, POINTS.get(random.nextInt(POINTS.size()))));
            if (offKinks(expr, at)) {
                cases.add(new Case(expr, random.nextBoolean() ? "w" : "b", at));
            }
        }
        compare(cases, Definitions.none());
    }

    private static Case handPicked(String source, String variable, String at) {
        return new Case(Parser.parse(source), variable, values(at));
    }

    private static Map<String, Rational> values(String written) {
        var values = new LinkedHashMap<String, Rational>();
        for (String pair : written.split(",")) {
            var parts = pair.split("=");
            values.put(parts[0], Algebra.evaluate(Parser.parse(parts[1]), Definitions.none(), Map.of()));
        }
        return values;
    }

    private static Expr generated(Random random, int depth) {
        if (depth == 0 || random.nextInt(4) == 0) {
            return random.nextInt(3) == 0 ? new Num(Rational.of(random.nextInt(7) - 3, 1 + random.nextInt(3)))
                    : new Var(NAMES.get(random.nextInt(NAMES.size())));
        }
        Expr left = generated(random, depth - 1);
        return switch (random.nextInt(6)) {
            case 0 -> new Add(left, generated(random, depth - 1));
            case 1 -> new Sub(left, new Group(generated(random, depth - 1)));
            case 2 -> new Mul(new Group(left), new Group(generated(random, depth - 1)), true);
            case 3 -> new Pow(new Group(left), 2 + random.nextInt(2));
            default -> new Apply(Builtin.RELU, left);
        };
    }

    /** Whether no relu in {@code expr} has its argument at exactly 0 at {@code at}, where the conventions part. */
    private static boolean offKinks(Expr expr, Map<String, Rational> at) {
        if (expr instanceof Apply apply && Algebra.evaluate(apply.argument(), Definitions.none(), at).isZero()) {
            return false;
        }
        return expr.children().stream().allMatch(child -> offKinks(child, at));
    }

    private static void compare(List<Case> cases, Definitions definitions) throws Exception {
        var expected = oracle(cases);
        int walked = 0;
        for (int i = 0; i < cases.size(); i++) {
            var c = cases.get(i);
            var described = c.variable() + " of " + Renderer.oneLine(c.expr(), GlyphSet.ASCII) + " at " + c.at();
            var derivative = Algebra.derivative(c.expr(), c.variable(), definitions);
            assertThat(Algebra.evaluate(derivative, definitions, c.at())).as("derivative by " + described)
                    .isEqualTo(expected.get(i));
            try {
                var walk = Derivation.ofChainRule(c.expr(), c.variable(), definitions, c.at());
                assertThat(walk.result()).as("chain-rule walk by " + described).isEqualTo(new Num(expected.get(i)));
                walked++;
            } catch (MathException tooLong) {
                assertThat(tooLong.reason()).as(described).isEqualTo(MathProblem.DERIVATION_TOO_LONG);
            }
        }
        assertThat(walked).as("most cases fit in a walk").isGreaterThan(cases.size() * 3 / 4);
    }

    private static List<Rational> oracle(List<Case> cases) throws Exception {
        var process = new ProcessBuilder("python3", "-c", SCRIPT).redirectErrorStream(true).start();
        try (var in = process.getOutputStream()) {
            in.write(cases.stream().map(Case::line).collect(Collectors.joining("\n", "", "\n"))
                    .getBytes(StandardCharsets.UTF_8));
        }
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("SymPy finishes").isTrue();
        assertThat(process.exitValue()).as("SymPy's output: " + output).isZero();
        var lines = output.strip().split("\n");
        assertThat(lines).as(output).hasSize(cases.size());
        var values = new ArrayList<Rational>();
        for (String line : lines) {
            values.add(Algebra.evaluate(Parser.parse(line.strip()), Definitions.none(), Map.of()));
        }
        return values;
    }
}
