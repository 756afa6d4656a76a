package dev.nudge.export;

import dev.nudge.math.Rational;
import dev.nudge.neural.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the C program of a network lesson: its data and starting parameters, ReLU and its slope, the forward pass
 * with every weighted sum and output, the MSE, the backward pass layer by layer with the lesson's names (dL/df,
 * dL/dv_i, dL/dz_i, dL/dw_i, dL/db_i, dL/dc), one update at the lesson's learning rate and, when asked, the
 * training. It prints every number with six decimals, so each can be set beside the lesson's exact figure.
 *
 * <p>The program is C99 with the standard library only, and short enough to read in one sitting: a learner who
 * followed the lesson should recognise every line.
 */
public final class NetworkProgram {
    private final String name;
    private final Network network;
    private final Map<String, Rational> start;
    private final List<Sample> data;
    private final ProgramSettings settings;

    private NetworkProgram(String name, Network network, Map<String, Rational> start, List<Sample> data,
            ProgramSettings settings) {
        this.name = name;
        this.network = network;
        this.start = start;
        this.data = List.copyOf(data);
        this.settings = settings;
    }

    /**
     * The program of the lesson {@code name} (such as {@code 13-backprop}): {@code network} from the parameter
     * values {@code start}, learning from {@code data}.
     *
     * @throws IllegalArgumentException when {@code start} lacks a parameter of the network or {@code data} is empty
     */
    public static CProgram of(String name, Network network, Map<String, Rational> start, List<Sample> data,
            ProgramSettings settings) {
        var missing = network.parameters().stream().filter(p -> !start.containsKey(p)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the program needs a starting value for " + String.join(", ", missing));
        }
        if (data.isEmpty()) {
            throw new IllegalArgumentException("the program needs at least one data point");
        }
        return new NetworkProgram(name, network, start, data, settings).build();
    }

    /** The file a lesson's program is saved as: {@code 13-backprop.c}. */
    public static String fileName(String name) {
        return name + ".c";
    }

    /** The program's own name once compiled: the lesson's name without its number ({@code backprop}). */
    public static String executableName(String name) {
        var bare = name.replaceFirst("^\\d+-", "");
        return bare.isEmpty() ? "network" : bare;
    }

    /** How to compile and run the saved file: {@code cc -std=c99 -o backprop 13-backprop.c && ./backprop}. */
    public static String compileAndRun(String name) {
        return "cc -std=c99 -o " + executableName(name) + " " + fileName(name) + " && ./" + executableName(name);
    }

    private CProgram build() {
        var sections = new ArrayList<CProgram.Section>();
        sections.add(new CProgram.Section(Optional.empty(), opening()));
        sections.add(part(ProgramPart.DATA, data()));
        sections.add(part(ProgramPart.ACTIVATION, activation()));
        sections.add(part(ProgramPart.FORWARD, forward()));
        sections.add(part(ProgramPart.BACKWARD, backward()));
        sections.add(part(ProgramPart.UPDATE, update()));
        sections.add(part(ProgramPart.MAIN, main()));
        return new CProgram(sections);
    }

    private static CProgram.Section part(ProgramPart part, List<String> lines) {
        return new CProgram.Section(Optional.of(part), lines);
    }

    private List<String> opening() {
        var what = settings.trains() ? "one update and the training." : "and one update.";
        return List.of(
                "/* " + name + ": the tiny network of the lesson, " + network + ".",
                " * It prints the numbers the lesson shows: the forward pass, the",
                " * mean squared error (MSE), the backward pass,",
                " * " + what,
                " * Compile and run: " + compileAndRun(name),
                " */",
                "#include <stdio.h>",
                "",
                "#define POINTS " + data.size() + " /* how many data points */",
                "#define HIDDEN " + network.hidden() + " /* how many hidden neurons */");
    }

    private List<String> data() {
        var lines = new ArrayList<String>();
        lines.add("/* The data: for each input x, the output y the network should give. */");
        lines.add("static const double x[POINTS] = " + list(data, Sample::x) + ";");
        lines.add("static const double y[POINTS] = " + list(data, Sample::y) + ";");
        lines.add("");
        lines.add("/* The parameters. Hidden neuron i has weight w[i] and bias b[i];");
        lines.add(" * the output has a weight v[i] per neuron and the bias c.");
        lines.add(" * C counts from 0, so w[0] is the lesson's w_1. */");
        lines.add("static double w[HIDDEN] = " + neurons(Network::weight) + ";");
        lines.add("static double b[HIDDEN] = " + neurons(Network::bias) + ";");
        lines.add("static double v[HIDDEN] = " + neurons(Network::outputWeight) + ";");
        lines.add("static double c = " + CNumber.of(start.get(Network.outputBias())) + ";");
        lines.add("");
        lines.add("static const double rate = " + CNumber.of(settings.rate()) + "; /* the learning rate */");
        if (settings.trains()) {
            lines.add("static const int steps = " + settings.steps() + "; /* how many updates training makes */");
        }
        return lines;
    }

    private List<String> activation() {
        return List.of(
                "/* ReLU, the activation: max(0, z). */",
                "static double relu(double z) { return z > 0 ? z : 0; }",
                "",
                "/* The slope of ReLU: 1 where z > 0, and 0 where z <= 0",
                " * (at exactly 0 too, as the lesson does). */",
                "static double relu_slope(double z) { return z > 0 ? 1 : 0; }");
    }

    private static List<String> forward() {
        return List.of(
                "/* The forward pass for one input: each neuron's weighted sum z",
                " * and output a, and the network's output f. */",
                "static double forward(double input, double z[HIDDEN], double a[HIDDEN])",
                "{",
                "    double f = c;",
                "    for (int i = 0; i < HIDDEN; i++) {",
                "        z[i] = w[i] * input + b[i];",
                "        a[i] = relu(z[i]);",
                "        f += v[i] * a[i];",
                "    }",
                "    return f;",
                "}",
                "",
                "/* The MSE: the mean of the squared errors over all the points. */",
                "static double mse(void)",
                "{",
                "    double z[HIDDEN], a[HIDDEN], sum = 0;",
                "    for (int p = 0; p < POINTS; p++) {",
                "        double error = forward(x[p], z, a) - y[p];",
                "        sum += error * error;",
                "    }",
                "    return sum / POINTS;",
                "}");
    }

    private static List<String> backward() {
        return List.of(
                "/* The gradient: the slope of the MSE (L) for every parameter. */",
                "typedef struct {",
                "    double w[HIDDEN], b[HIDDEN], v[HIDDEN], c;",
                "} Gradient;",
                "",
                "/* Prints -0 as 0: a product with a slope of 0 may come out as -0. */",
                "static double tidy(double value) { return value == 0 ? 0 : value; }",
                "",
                "/* The backward pass: the chain rule, from the output back to",
                " * the hidden layer, summed over the points. */",
                "static Gradient backward(int show)",
                "{",
                "    Gradient g = {0}; /* every slope starts at 0 */",
                "    for (int p = 0; p < POINTS; p++) {",
                "        double z[HIDDEN], a[HIDDEN];",
                "        double f = forward(x[p], z, a);",
                "        double dL_df = 2 * (f - y[p]) / POINTS; /* this point's share */",
                "        if (show)",
                "            printf(\"x = %9.6f  dL/df = %9.6f\\n\", x[p], dL_df);",
                "        g.c += dL_df; /* f = ... + c, so df/dc = 1 */",
                "        for (int i = 0; i < HIDDEN; i++) {",
                "            double dL_dz = dL_df * v[i] * relu_slope(z[i]);",
                "            if (show)",
                "                printf(\"    dL/dz_%d = %9.6f\\n\", i + 1, tidy(dL_dz));",
                "            g.v[i] += dL_df * a[i]; /* df/dv_i = a_i */",
                "            g.w[i] += dL_dz * x[p]; /* dz_i/dw_i = x */",
                "            g.b[i] += dL_dz;        /* dz_i/db_i = 1 */",
                "        }",
                "    }",
                "    return g;",
                "}");
    }

    private static List<String> update() {
        return List.of(
                "/* One update: every parameter takes a step against its slope. */",
                "static void update(Gradient g)",
                "{",
                "    for (int i = 0; i < HIDDEN; i++) {",
                "        w[i] -= rate * g.w[i];",
                "        b[i] -= rate * g.b[i];",
                "        v[i] -= rate * g.v[i];",
                "    }",
                "    c -= rate * g.c;",
                "}",
                "",
                "static void print_parameters(void)",
                "{",
                "    for (int i = 0; i < HIDDEN; i++) {",
                "        printf(\"w_%d = %9.6f  b_%d = %9.6f\\n\",",
                "               i + 1, w[i], i + 1, b[i]);",
                "    }",
                "    for (int i = 0; i < HIDDEN; i++) {",
                "        printf(\"v_%d = %9.6f\\n\", i + 1, v[i]);",
                "    }",
                "    printf(\"c = %9.6f\\n\", c);",
                "}");
    }

    private List<String> main() {
        var lines = new ArrayList<>(List.of(
                "int main(void)",
                "{",
                "    printf(\"forward pass\\n\");",
                "    for (int p = 0; p < POINTS; p++) {",
                "        double z[HIDDEN], a[HIDDEN];",
                "        double f = forward(x[p], z, a);",
                "        printf(\"x = %9.6f\\n\", x[p]);",
                "        for (int i = 0; i < HIDDEN; i++) {",
                "            printf(\"    z_%d = %9.6f  a_%d = %9.6f\\n\",",
                "                   i + 1, z[i], i + 1, a[i]);",
                "        }",
                "        printf(\"    f = %9.6f  error = %9.6f\\n\", f, f - y[p]);",
                "    }",
                "    printf(\"MSE = %.6f\\n\", mse());",
                "",
                "    printf(\"\\nbackward pass\\n\");",
                "    Gradient g = backward(1);",
                "    printf(\"output layer\\n\");",
                "    for (int i = 0; i < HIDDEN; i++) {",
                "        printf(\"    dL/dv_%d = %9.6f\\n\", i + 1, g.v[i]);",
                "    }",
                "    printf(\"    dL/dc = %9.6f\\n\", g.c);",
                "    printf(\"hidden layer\\n\");",
                "    for (int i = 0; i < HIDDEN; i++) {",
                "        printf(\"    dL/dw_%d = %9.6f  dL/db_%d = %9.6f\\n\",",
                "               i + 1, g.w[i], i + 1, g.b[i]);",
                "    }",
                "",
                "    printf(\"\\none update at learning rate %g\\n\", rate);",
                "    update(g);",
                "    print_parameters();",
                "    printf(\"MSE = %.6f\\n\", mse());"));
        if (settings.trains()) {
            lines.addAll(List.of(
                    "",
                    "    printf(\"\\ntraining\\n\");",
                    "    /* Step 1 was the update above; the rest go on from there. */",
                    "    for (int step = 2; step <= steps; step++) {",
                    "        update(backward(0));",
                    "        if (step % " + settings.reportEvery() + " == 0 || step == steps) {",
                    "            printf(\"step %d: MSE = %.9f\\n\", step, mse());",
                    "        }",
                    "    }",
                    "    print_parameters();"));
        }
        lines.addAll(List.of("    return 0;", "}"));
        return lines;
    }

    private String neurons(java.util.function.IntFunction<String> parameter) {
        return network.neurons().stream().map(i -> CNumber.of(start.get(parameter.apply(i))))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String list(List<Sample> data, Function<Sample, Rational> coordinate) {
        return data.stream().map(coordinate).map(CNumber::of).collect(Collectors.joining(", ", "{", "}"));
    }
}
