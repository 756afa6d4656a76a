package dev.nudge.neural;

import dev.nudge.math.MathException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The shape of a small network a lesson trains: one input {@code x}, one hidden layer of {@code hidden} neurons that
 * each apply {@code activation} to a weighted sum, and one output that adds up the hidden neurons' outputs, each
 * weighted, plus a bias. A lesson writes it as {@code network: 1 -> 2 relu -> 1}.
 *
 * <p>The names are fixed so every lesson, diagram, lab and exported program speaks of the same parameters: hidden
 * neuron {@code i} (from 1) has weight {@code w_i} and bias {@code b_i}, its weighted sum is {@code z_i = w_i x + b_i}
 * and its output {@code a_i = relu(z_i)}; the output weights are {@code v_i} and the output bias {@code c}. The model
 * is the engine function {@code f(x, P)} (as in the straight-line lessons, {@code P} stands for all the parameters),
 * so everything the engine computes for a line (losses, partial derivatives, nudges) works on a network unchanged.
 *
 * @param hidden the number of hidden neurons, 1 to {@value #MAX_HIDDEN}
 * @param activation what each hidden neuron applies
 */
public record Network(int hidden, Activation activation) {
    /** The most hidden neurons: a diagram, a table and the lab's parameter list must still fit a 80x24 screen. */
    public static final int MAX_HIDDEN = 4;
    /** The name of the model function a network defines. */
    public static final String MODEL = "f";

    private static final Pattern SHAPE = Pattern.compile(
            "\\s*(\\d+)\\s*->\\s*(\\d+)\\s+([a-z]+)\\s*->\\s*(\\d+)\\s*");

    public Network {
        if (hidden < 1 || hidden > MAX_HIDDEN) {
            throw new MathException("a network here has 1 to " + MAX_HIDDEN + " hidden neurons, not " + hidden);
        }
    }

    /**
     * Reads {@code 1 -> 2 relu -> 1}; throws {@link MathException} saying what is wrong and what is expected.
     */
    public static Network parse(String written) {
        var matcher = SHAPE.matcher(written);
        if (!matcher.matches()) {
            throw new MathException("a network is written as \"1 -> 2 relu -> 1\" (inputs -> hidden neurons and "
                    + "their activation -> outputs), not \"" + written.strip() + "\"");
        }
        if (!matcher.group(1).equals("1") || !matcher.group(4).equals("1")) {
            throw new MathException("a network here has one input and one output (\"1 -> N relu -> 1\"), not "
                    + matcher.group(1) + " and " + matcher.group(4));
        }
        var activation = Activation.named(matcher.group(3)).orElseThrow(() -> new MathException(
                "the activation \"" + matcher.group(3) + "\" is not known; write relu"));
        int hidden;
        try {
            hidden = Integer.parseInt(matcher.group(2));
        } catch (NumberFormatException tooLong) {
            hidden = Integer.MAX_VALUE;
        }
        return new Network(hidden, activation);
    }

    /** The hidden neurons' numbers, 1 to {@link #hidden()}. */
    public List<Integer> neurons() {
        return IntStream.rangeClosed(1, hidden).boxed().toList();
    }

    /** Every parameter in the order a lesson, the lab and a program list them: w_1, b_1, w_2, b_2, ..., v_1, ..., c. */
    public List<String> parameters() {
        var names = new ArrayList<String>();
        for (int i : neurons()) {
            names.add(weight(i));
            names.add(bias(i));
        }
        neurons().forEach(i -> names.add(outputWeight(i)));
        names.add(outputBias());
        return List.copyOf(names);
    }

    public static String weight(int neuron) {
        return "w_" + neuron;
    }

    public static String bias(int neuron) {
        return "b_" + neuron;
    }

    public static String outputWeight(int neuron) {
        return "v_" + neuron;
    }

    public static String outputBias() {
        return "c";
    }

    /** Neuron {@code i}'s weighted sum of {@code input} (an expression, such as {@code x} or {@code 2}), in LaTeX. */
    public String weightedSum(int neuron, String input) {
        var times = input.matches("[A-Za-z][A-Za-z_0-9{}]*") ? " " : " \\times ";
        return weight(neuron) + times + parenthesised(input) + " + " + bias(neuron);
    }

    /** Neuron {@code i}'s output for {@code input}: the activation of its weighted sum. */
    public String neuronOutput(int neuron, String input) {
        return activation.word() + "(" + weightedSum(neuron, input) + ")";
    }

    /** Neuron {@code i}'s share of the network's output: its output times its output weight. */
    public String piece(int neuron, String input) {
        return outputWeight(neuron) + " \\times " + neuronOutput(neuron, input);
    }

    /** The network's output for {@code input}: every piece, plus the output bias. */
    public String output(String input) {
        return neurons().stream().map(i -> piece(i, input)).collect(Collectors.joining(" + "))
                + " + " + outputBias();
    }

    /** The definition that makes the network the engine function {@code f(x, P)}. */
    public String modelDefinition() {
        return MODEL + "(x, P) = " + output("x");
    }

    /** How a lesson writes it back: {@code 1 -> 2 relu -> 1}. */
    @Override
    public String toString() {
        return "1 -> " + hidden + " " + activation.word() + " -> 1";
    }

    private static String parenthesised(String input) {
        return input.matches("[A-Za-z_0-9{}./]+") ? input : "(" + input + ")";
    }
}
