package dev.nudge.layout;

import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.ProseBlock;
import dev.nudge.math.MathException;
import dev.nudge.math.Rational;
import dev.nudge.neural.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * A network block of the prose as lines: the input {@code x} branching to each hidden neuron, each neuron's edge in
 * labelled with its weight, the neuron with its activation and its bias above it, its edge out labelled with its
 * output weight, and the edges joining at the output {@code f} with its bias; under it, what each neuron and the
 * output compute. Drawn with box-drawing lines in Unicode and with {@code - | +} otherwise (box drawing is of
 * ambiguous width, which some Japanese terminals draw two columns wide). When the window is too narrow, and for output
 * read line by line, it is a sentence per neuron.
 */
public final class NetworkLines {
    private static final int INDENT = 2;
    /** Columns of line on each side of a label, so neighbouring labels never touch. */
    private static final int MARGIN = 2;

    private NetworkLines() {
    }

    /** The characters the lines are drawn with. */
    private record Pen(char across, char down, char topLeft, char bottomLeft, char topRight, char bottomRight,
            char branchIn, char joinLeft, char joinRight, char branchOut, char cross, String arrow) {
        static final Pen BOX = new Pen('─', '│', '┌', '└', '┐', '┘', '┤', '├', '┤', '├', '┼', "→");
        static final Pen PLAIN = new Pen('-', '|', '+', '+', '+', '+', '+', '+', '+', '+', '+', ">");

        static Pen of(Glyphs glyphs) {
            return glyphs.horizontal == '─' ? BOX : PLAIN;
        }
    }

    /** The drawing of the lesson's network; throws {@link MathException} when the lesson has none. */
    public static List<Line> of(LessonMath math, ProseBlock.NetworkDiagram block, Writing writing, ProseLayout prose) {
        var network = math.network().orElseThrow(() -> new MathException("the lesson declares no network"));
        var text = new MathText(writing.glyphs());
        var neurons = network.neurons();
        var in = new ArrayList<String>();
        var bias = new ArrayList<String>();
        var out = new ArrayList<String>();
        for (int i : neurons) {
            in.add(label(text, math, Network.weight(i), block.values()));
            bias.add(label(text, math, Network.bias(i), block.values()));
            out.add(label(text, math, Network.outputWeight(i), block.values()));
        }
        var pen = Pen.of(writing.glyphs());
        var node = network.activation().word();
        int nodeWidth = Math.max(Width.columns(node), widest(bias));
        int trunkIn = INDENT + 4;
        int nodeAt = trunkIn + 1 + widest(in) + 2 * MARGIN;
        int trunkOut = nodeAt + nodeWidth + 1 + widest(out) + 2 * MARGIN;
        var output = pen.across + String.valueOf(pen.across).repeat(MARGIN) + pen.arrow + " " + Network.MODEL + "   "
                + label(text, math, Network.outputBias(), block.values());
        int width = trunkOut + 1 + Width.columns(output);
        if (prose.flat() || width > prose.width()) {
            return sentences(network, math, text, block.values(), writing, prose);
        }
        int rows = 2 * neurons.size();
        int middle = neurons.size();
        var grid = new Grid(rows, width);
        grid.put(middle, INDENT, "x " + pen.across + pen.across);
        grid.put(middle, trunkOut + 1, output);
        for (int k = 0; k < neurons.size(); k++) {
            int edge = 2 * k + 1;
            grid.put(edge - 1, trunkIn + 1 + MARGIN, in.get(k));
            grid.put(edge - 1, nodeAt, bias.get(k));
            grid.put(edge - 1, nodeAt + nodeWidth + 1 + MARGIN, out.get(k));
            grid.put(edge, trunkIn + 1, String.valueOf(pen.across).repeat(nodeAt - trunkIn - 3) + pen.arrow);
            int after = nodeAt + Width.columns(node) + 1;
            grid.put(edge, nodeAt, node + " " + String.valueOf(pen.across).repeat(trunkOut - after));
        }
        trunk(grid, pen, trunkIn, middle, rows, true);
        trunk(grid, pen, trunkOut, middle, rows, false);
        var lines = new ArrayList<Line>();
        grid.rows().forEach(row -> lines.add(Line.of(row, Tone.MATH)));
        lines.add(Line.EMPTY);
        for (int i : neurons) {
            lines.add(Line.of(prose.formula("z_" + i + " = " + network.weightedSum(i, "x")) + ",  "
                    + prose.formula("a_" + i + " = " + node + "(z_" + i + ")"), Tone.MATH).indented(INDENT));
        }
        var sum = new StringBuilder(Network.MODEL + "(x, P) = ");
        for (int i : neurons) {
            sum.append(Network.outputWeight(i)).append(" a_").append(i).append(" + ");
        }
        lines.add(Line.of(prose.formula(sum + Network.outputBias()), Tone.MATH).indented(INDENT));
        return lines;
    }

    /**
     * The vertical line where the input branches ({@code in}) or the neurons join: corners at the first and last
     * neuron, a junction at each neuron between and where the input or output meets it.
     */
    private static void trunk(Grid grid, Pen pen, int column, int middle, int rows, boolean in) {
        int first = 1;
        int last = rows - 1;
        if (first == last) {
            grid.set(first, column, pen.across);
            return;
        }
        for (int row = first; row <= last; row++) {
            boolean neuron = row % 2 == 1;
            char c;
            if (row == first) {
                c = in ? pen.topLeft : pen.topRight;
            } else if (row == last) {
                c = in ? pen.bottomLeft : pen.bottomRight;
            } else if (row == middle) {
                c = neuron ? pen.cross : in ? pen.branchIn : pen.branchOut;
            } else {
                c = neuron ? (in ? pen.joinLeft : pen.joinRight) : pen.down;
            }
            grid.set(row, column, c);
        }
    }

    private static String label(MathText text, LessonMath math, String name, boolean values) {
        if (!values) {
            return text.name(name);
        }
        return text.name(name) + " = " + text.value(math.parameters().getOrDefault(name, Rational.ZERO));
    }

    private static int widest(List<String> labels) {
        return labels.stream().mapToInt(Width::columns).max().orElse(0);
    }

    /** A sentence for the input, one per hidden neuron and one for the output. */
    private static List<Line> sentences(Network network, LessonMath math, MathText text, boolean values,
            Writing writing, ProseLayout prose) {
        var said = new ArrayList<String>();
        said.add(writing.text("network.plain.input", network.hidden(), network.activation().word()));
        for (int i : network.neurons()) {
            said.add(writing.text("network.plain.neuron", i, label(text, math, Network.weight(i), values),
                    label(text, math, Network.bias(i), values), label(text, math, Network.outputWeight(i), values),
                    network.activation().word()));
        }
        said.add(writing.text("network.plain.output", label(text, math, Network.outputBias(), values)));
        var lines = new ArrayList<Line>();
        for (var sentence : said) {
            lines.addAll(prose.labelled(writing.glyphs().bullet, Tone.MUTED, List.of(new Segment(sentence, Tone.TEXT))));
        }
        return lines;
    }

    /** Rows of single-column cells that labels and lines are put into, each character in one column. */
    private static final class Grid {
        private final char[][] cells;

        Grid(int rows, int width) {
            cells = new char[rows][width];
            for (var row : cells) {
                java.util.Arrays.fill(row, ' ');
            }
        }

        void put(int row, int column, String text) {
            for (int i = 0; i < text.length() && column + i < cells[row].length; i++) {
                cells[row][column + i] = text.charAt(i);
            }
        }

        void set(int row, int column, char c) {
            cells[row][column] = c;
        }

        List<String> rows() {
            return java.util.Arrays.stream(cells).map(row -> new String(row).stripTrailing()).toList();
        }
    }
}
