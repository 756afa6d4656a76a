package dev.nudge.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.ProseBlock;
import dev.nudge.step.registry.Kinds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drawing of a network for each number of hidden neurons a lesson may have: the input meets the branching line in
 * the middle, corners at the first and last neuron, a junction at each neuron between, the output on the middle row;
 * names only with {@code values: no}; and within 60 columns for two neurons.
 */
class NetworkLinesTest {
    @TempDir
    Path root;

    private List<String> drawing(int hidden, String values, Glyphs glyphs, int width) throws IOException {
        var folder = Files.createDirectories(root.resolve("n" + hidden + values + glyphs + width));
        Files.createDirectories(folder.resolve("en"));
        Files.writeString(folder.resolve("course.txt"), "format_version: 1\nlanguages: en\nlessons:\n  01-net\n");
        var params = IntStream.rangeClosed(1, hidden).mapToObj(i -> "w_" + i + " = " + i + ", b_" + i + " = -" + i
                + ", v_" + i + " = 1/" + (i + 1)).collect(Collectors.joining(", "));
        Files.writeString(folder.resolve("en/01-net.md"), "---\nid: net\ntitle: Net\nnetwork: 1 -> " + hidden
                + " relu -> 1\nparams: " + params + ", c = 2\npoints: (0, 0)\n---\n\n## Look {#look}\n\n```network\n"
                + "values: " + values + "\n```\n");
        var loaded = Kinds.load(folder);
        assertThat(loaded.problems()).isEmpty();
        var lesson = loaded.course().orElseThrow().lessons(Language.EN).get(0);
        var block = (ProseBlock.NetworkDiagram) lesson.steps().get(0).prose().get(0);
        var math = LessonMath.of(lesson);
        var writing = new Writing(Language.EN, glyphs);
        return NetworkLines.of(math, block, writing, new ProseLayout(math, writing, width, false)).stream()
                .map(Line::text).toList();
    }

    @Test
    void oneNeuronIsAStraightLine() throws IOException {
        assertThat(drawing(1, "yes", Glyphs.UNICODE, 80)).startsWith(
                "         w₁ = 1  b₁ = -1   v₁ = 0.5",
                "  x ───────────→ relu ───────────────────→ f   c = 2",
                "",
                "  z₁ = w₁x + b₁,  a₁ = relu(z₁)",
                "  f(x, P) = v₁a₁ + c");
    }

    @Test
    void twoNeuronsBranchAroundTheInputsRowAndFitSixtyColumns() throws IOException {
        var lines = drawing(2, "yes", Glyphs.UNICODE, 60);
        assertThat(lines).startsWith(
                "         w₁ = 1  b₁ = -1   v₁ = 0.5",
                "      ┌────────→ relu ───────────────────────┐",
                "  x ──┤  w₂ = 2  b₂ = -2   v₂ = 1/3 ≈ 0.333  ├───→ f   c = 2",
                "      └────────→ relu ───────────────────────┘");
        assertThat(lines).allSatisfy(line -> assertThat(Width.columns(line)).isLessThanOrEqualTo(60));
    }

    @Test
    void threeNeuronsCrossTheInputsRowAtTheMiddleNeuron() throws IOException {
        var lines = drawing(3, "no", Glyphs.ASCII, 80);
        assertThat(lines).startsWith(
                "         w_1  b_1    v_1",
                "      +-----> relu -------+",
                "      |  w_2  b_2    v_2  |",
                "  x --+-----> relu -------+---> f   c",
                "      |  w_3  b_3    v_3  |",
                "      +-----> relu -------+");
        assertThat(lines).contains("  f(x, P) = v_1*a_1 + v_2*a_2 + v_3*a_3 + c");
    }

    @Test
    void tooNarrowAWindowGetsTheSentences() throws IOException {
        assertThat(drawing(4, "yes", Glyphs.UNICODE, 40)).first().asString()
                .startsWith("• The network takes one input, x, into 4");
    }
}
